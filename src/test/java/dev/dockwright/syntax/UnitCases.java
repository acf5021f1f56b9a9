package dev.dockwright.syntax;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Runs one case of BuildKit's parser unit tests; returns null when it passes, else why not. */
final class UnitCases {
  private UnitCases() {}

  static String check(JsonNode c) {
    String input = c.get("input").asText();
    JsonNode expected = c.get("expected");
    return switch (c.get("kind").asText()) {
      case "words" -> compare(strings(expected),
          WordSplitter.split(input, 0, input.length(), c.get("escape_token").asText().charAt(0))
              .stream().map(Piece::value).toList());
      case "line-numbers" -> lineNumbers(input, expected);
      case "parse-warnings" -> warnings(input, expected);
      case "parse-error" -> compare(expected.get("error").asText(),
          DockerfileParser.parse(input).firstError().map(Diagnostic::message).orElse(null));
      case "heredoc-extract" -> heredocs(input, expected);
      case "heredoc-chomp" -> compare(expected.asText(), Heredoc.chompContent(input));
      case "heredoc-parse" -> compare(expected.has("name")
          ? "heredoc " + expected.get("name").asText() : expected.get("result").asText(), heredocParse(input));
      case "heredocs-from-line" -> heredocsFromLine(input, expected);
      case "name-val" -> nameVal(c.get("keyword").asText(), input, expected);
      case "json-args" -> jsonArgs(input, expected);
      case "directives-parse-all" -> directives(input, c.get("comment_prefix").asText(), expected);
      case "detect-syntax" -> detected(Directives.detectSyntax(input), expected);
      case "parse-directive" -> detected(Directives.find(c.get("key").asText(), input), expected);
      default -> "unknown kind " + c.get("kind");
    };
  }

  private static String lineNumbers(String input, JsonNode expected) {
    ParseResult r = DockerfileParser.parse(input);
    List<Instruction> children = r.dockerfile().instructions();
    List<List<Integer>> lines = new ArrayList<>();
    children.forEach(i -> lines.add(List.of(i.startLine(), i.endLine())));
    List<List<Integer>> want = new ArrayList<>();
    expected.get("children_lines").forEach(p -> want.add(List.of(p.get(0).asInt(), p.get(1).asInt())));
    String got = children.size() + " " + lines + " " + children.get(0).startLine() + "-"
        + children.get(children.size() - 1).endLine();
    return compare(expected.get("children_count").asInt() + " " + want + " "
        + expected.get("ast_start_line").asInt() + "-" + expected.get("ast_end_line").asInt(), got);
  }

  private static String warnings(String input, JsonNode expected) {
    ParseResult r = DockerfileParser.parse(input);
    if (r.hasErrors() != expected.get("error").asBoolean()) {
      return "errors: " + r.errors();
    }
    List<Diagnostic> w = r.warnings();
    if (w.size() != expected.get("warnings_count").asInt()) {
      return "warnings: " + w;
    }
    for (JsonNode a : expected.get("contains")) {
      String target = a.get("target").asText();
      int index = Integer.parseInt(target.replaceAll("\\D", ""));
      String text = target.contains("Detail") ? w.get(index).detail() : w.get(index).message();
      if (!text.contains(a.get("contains").asText())) {
        return target + " = " + text + " lacks " + a.get("contains");
      }
    }
    return null;
  }

  private static String heredocs(String input, JsonNode expected) {
    ParseResult r = DockerfileParser.parse(input);
    if (r.hasErrors() != expected.get("error").asBoolean()) {
      return "errors: " + r.errors();
    }
    List<Instruction> children = r.dockerfile().instructions();
    for (JsonNode child : expected.get("children")) {
      Instruction i = children.get(child.get("ast_child_index").asInt());
      List<String> want = new ArrayList<>();
      if (!child.get("heredocs").isNull()) {
        child.get("heredocs").forEach(h -> want.add(h.get("name").asText() + "|" + h.get("content").asText()
            + "|" + h.get("expand").asBoolean() + "|" + h.get("chomp").asBoolean() + "|" + h.get("file_descriptor").asLong()));
      }
      List<String> got = i.heredocs().stream().map(h -> h.name() + "|" + h.content() + "|" + h.expand()
          + "|" + h.chomp() + "|" + h.fileDescriptor()).toList();
      String diff = compare(want, got);
      if (diff != null) {
        return "child " + child.get("ast_child_index") + " (" + i.logicalLine() + "): " + diff;
      }
    }
    return null;
  }

  /**
   * Go's TestHeredocsFromLine asserts only {@code names[i] == heredocs[i].Name} for each heredoc
   * returned (more heredocs than names would panic). {@code RUN <<- EOF} relies on that: BuildKit
   * returns no heredoc for it (see HeredocTest), so we check exactly what the Go test checks.
   */
  private static String heredocsFromLine(String input, JsonNode expected) {
    List<String> want = expected.get("names").isNull() ? List.of() : strings(expected.get("names"));
    List<String> got = HeredocMarkers.fromLine(input).markers().stream().map(HeredocMarkers.Marker::name).toList();
    boolean ok = got.size() <= want.size() && got.equals(want.subList(0, got.size()));
    return ok ? null : "expected a prefix of <" + want + "> but was <" + got + ">";
  }

  private static String heredocParse(String word) {
    try {
      HeredocMarkers.Marker m = HeredocMarkers.parse(word, 0, word.length());
      return m == null ? "none" : "heredoc " + m.name();
    } catch (HeredocLexer.LexError e) {
      return "error";
    }
  }

  private static String nameVal(String keyword, String input, JsonNode expected) {
    ParseResult r = DockerfileParser.parse(keyword + " " + input);
    if (expected.get("error").asBoolean()) {
      return r.hasErrors() ? null : "no error";
    }
    Arguments a = r.dockerfile().instructions().get(0).arguments();
    if (!(a instanceof Arguments.NameValues nv)) {
      return "not name/values: " + a;
    }
    List<String> got = new ArrayList<>();
    nv.pairs().forEach(p -> got.addAll(List.of(p.key().value(), p.value().value(), p.separator())));
    return compare(strings(expected.get("values")), got);
  }

  private static String jsonArgs(String input, JsonNode expected) {
    Json.Array a = Json.stringArray(input, 0, input.length());
    if (expected.get("error").isTextual()) {
      return compare(Json.Status.NOT_STRINGS, a.status());
    }
    String status = compare(Json.Status.STRINGS, a.status());
    return status != null ? status : compare(strings(expected.get("values")), a.elements().stream().map(Json.Element::value).toList());
  }

  private static String directives(String input, String prefix, JsonNode expected) {
    Directives.ParseAll all = Directives.parseAll(input, prefix, 0);
    if ((all.error() != null) != expected.get("error").asBoolean()) {
      return "error: " + all.error();
    }
    List<String> want = new ArrayList<>();
    expected.get("directives").forEach(d -> want.add(d.get("name").asText() + "=" + d.get("value").asText()));
    return compare(want, all.directives().stream().map(d -> d.name() + "=" + d.value()).toList());
  }

  /** Compares only the fields the Go test asserts. */
  private static String detected(Optional<Directives.Found> found, JsonNode expected) {
    if (found.isPresent() != expected.get("ok").asBoolean()) {
      return "found: " + found;
    }
    String ref = found.map(Directives.Found::ref).orElse("");
    String cmdline = found.map(Directives.Found::cmdline).orElse("");
    int line = found.map(Directives.Found::line).orElse(0);
    for (String field : List.of("ref", "cmdline", "location_start_line", "location_end_line")) {
      if (!expected.has(field)) {
        continue;
      }
      String got = switch (field) {
        case "ref" -> ref;
        case "cmdline" -> cmdline;
        default -> String.valueOf(line);
      };
      String diff = compare(expected.get(field).asText(), got);
      if (diff != null) {
        return field + ": " + diff;
      }
    }
    return null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String compare(Object expected, Object actual) {
    return Objects.equals(expected, actual) ? null : "expected <" + expected + "> but was <" + actual + ">";
  }
}
