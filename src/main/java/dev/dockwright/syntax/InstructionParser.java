package dev.dockwright.syntax;

import static dev.dockwright.syntax.InstructionKind.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Parses one logical line into keyword, flags and arguments: BuildKit's {@code splitCommand}
 * followed by a table from instruction to argument parser (BuildKit's {@code dispatch}).
 */
final class InstructionParser {

  /** Parses the trimmed arguments {@code [from, to)} of the logical line. */
  @FunctionalInterface
  private interface ArgumentParser {
    Arguments parse(InstructionParser p, int from, int to);
  }

  private static final Map<InstructionKind, ArgumentParser> DISPATCH = new EnumMap<>(InstructionKind.class);

  static {
    DISPATCH.put(ADD, InstructionParser::jsonOrWords);
    DISPATCH.put(ARG, InstructionParser::argDeclarations);
    DISPATCH.put(CMD, InstructionParser::jsonOrShell);
    DISPATCH.put(COPY, InstructionParser::jsonOrWords);
    DISPATCH.put(ENTRYPOINT, InstructionParser::jsonOrShell);
    DISPATCH.put(ENV, InstructionParser::nameValues);
    DISPATCH.put(EXPOSE, InstructionParser::words);
    DISPATCH.put(FROM, InstructionParser::words);
    DISPATCH.put(HEALTHCHECK, InstructionParser::healthcheck);
    DISPATCH.put(LABEL, InstructionParser::nameValues);
    DISPATCH.put(MAINTAINER, InstructionParser::text);
    DISPATCH.put(ONBUILD, InstructionParser::onbuild);
    DISPATCH.put(RUN, InstructionParser::jsonOrShell);
    DISPATCH.put(SHELL, InstructionParser::jsonOrShell);
    DISPATCH.put(STOPSIGNAL, InstructionParser::text);
    DISPATCH.put(USER, InstructionParser::text);
    DISPATCH.put(VOLUME, InstructionParser::jsonOrWords);
    DISPATCH.put(WORKDIR, InstructionParser::text);
    DISPATCH.put(UNKNOWN, InstructionParser::unknown);
  }

  /** What the line says, before heredocs and layout are attached. */
  record Head(InstructionKind kind, Token keyword, List<Flag> flags, Arguments arguments, Range range) {}

  private final String source;
  private final LogicalLine line;
  private final String s;
  private final char escape;
  private final List<Diagnostic> diagnostics;
  private InstructionKind kind;
  private Range range;

  private InstructionParser(String source, LogicalLine line, char escape, List<Diagnostic> diagnostics) {
    this.source = source;
    this.line = line;
    this.s = line.text;
    this.escape = escape;
    this.diagnostics = diagnostics;
  }

  static Head parse(String source, LogicalLine line, char escape, List<Diagnostic> diagnostics) {
    return new InstructionParser(source, line, escape, diagnostics).head(0, line.text.length());
  }

  /** BuildKit's {@code newNodeFromLine} on {@code [from, to)} of the logical line. */
  private Head head(int from, int to) {
    int a = GoText.skipSpace(s, from, to);
    int b = GoText.trimSpaceEnd(s, a, to);
    int k = a;
    while (k < b && !GoText.isBlank(s.charAt(k))) {
      k++;
    }
    Token keyword = line.token(a, k);
    InstructionKind outerKind = kind;
    Range outerRange = range;
    kind = InstructionKind.of(keyword.value());
    range = line.range(a, b);
    List<Flag> flags = new ArrayList<>();
    int restStart = b;
    if (k < b) {
      int r = k;
      while (r < b && GoText.isBlank(s.charAt(r))) {
        r++;
      }
      BuilderFlags.Result scanned = BuilderFlags.extract(s, r, b, escape);
      for (BuilderFlags.FlagPiece f : scanned.flags()) {
        Optional<Range> value = f.equalsAt() < 0 ? Optional.empty() : Optional.of(line.range(f.equalsAt() + 1, f.end()));
        flags.add(new Flag(f.text(), line.range(f.start(), f.end()), value));
      }
      restStart = scanned.restStart() < 0 ? b : GoText.skipSpace(s, scanned.restStart(), b);
    }
    Arguments arguments = DISPATCH.get(kind).parse(this, restStart, b);
    Head head = new Head(kind, keyword, flags, arguments, range);
    kind = outerKind;
    range = outerRange;
    return head;
  }

  // ---- argument parsers (BuildKit's line_parsers.go) ----

  /** RUN, CMD, ENTRYPOINT, SHELL: {@code parseMaybeJSON}. */
  private Arguments jsonOrShell(int from, int to) {
    if (from == to) {
      return new Arguments.None(line.range(from, to));
    }
    Json.Array json = Json.stringArray(s, from, to);
    return switch (json.status()) {
      case STRINGS -> new Arguments.Exec(tokens(json.elements()), line.range(from, to));
      case NOT_STRINGS -> malformed(from, to, Diagnostic.JSON_NOT_STRINGS,
          "when using JSON array syntax, arrays must be comprised of strings only");
      case INVALID -> new Arguments.Shell(line.token(from, to));
    };
  }

  /** ADD, COPY, VOLUME: {@code parseMaybeJSONToList}. */
  private Arguments jsonOrWords(int from, int to) {
    Json.Array json = Json.stringArray(s, from, to);
    return switch (json.status()) {
      case STRINGS -> new Arguments.Exec(tokens(json.elements()), line.range(from, to));
      case NOT_STRINGS -> malformed(from, to, Diagnostic.JSON_NOT_STRINGS,
          "when using JSON array syntax, arrays must be comprised of strings only");
      case INVALID -> words(from, to);
    };
  }

  /** FROM, EXPOSE: {@code parseStringsWhitespaceDelimited} (split at runs of blanks). */
  private Arguments words(int from, int to) {
    List<Token> words = new ArrayList<>();
    int i = from;
    while (i < to) {
      int start = i;
      while (i < to && !GoText.isBlank(s.charAt(i))) {
        i++;
      }
      words.add(line.token(start, i));
      while (i < to && GoText.isBlank(s.charAt(i))) {
        i++;
      }
    }
    return new Arguments.Words(words, line.range(from, to));
  }

  /** MAINTAINER, USER, WORKDIR, STOPSIGNAL: {@code parseString}. */
  private Arguments text(int from, int to) {
    return from == to ? new Arguments.None(line.range(from, to)) : new Arguments.Text(line.token(from, to));
  }

  /** ARG: {@code parseNameOrNameVal}, one declaration per word. */
  private Arguments argDeclarations(int from, int to) {
    List<ArgDeclaration> declarations = new ArrayList<>();
    for (Piece w : WordSplitter.split(s, from, to, escape)) {
      Token word = new Token(w.value(), line.range(w.start(), w.end()));
      int eq = w.value().indexOf('=');
      if (eq < 0) {
        declarations.add(new ArgDeclaration(word, word, Optional.empty()));
      } else {
        Token name = new Token(w.value().substring(0, eq), line.range(w.start(), w.start() + eq));
        Token value = new Token(w.value().substring(eq + 1), line.range(w.start() + eq + 1, w.end()));
        declarations.add(new ArgDeclaration(word, name, Optional.of(value)));
      }
    }
    return new Arguments.ArgDeclarations(declarations, line.range(from, to));
  }

  /** ENV, LABEL: {@code parseNameVal}, the {@code key=value} form or the legacy one. */
  private Arguments nameValues(int from, int to) {
    String keyword = kind == ENV ? "ENV" : "LABEL";
    List<Piece> words = WordSplitter.split(s, from, to, escape);
    List<KeyValue> pairs = new ArrayList<>();
    if (words.isEmpty()) {
      return new Arguments.NameValues(pairs, line.range(from, to));
    }
    if (words.get(0).value().indexOf('=') < 0) {
      int k = from;
      while (k < to && !GoText.isBlank(s.charAt(k))) {
        k++;
      }
      if (k == to) {
        return malformed(from, to, Diagnostic.NAME_VALUE, keyword + " must have two arguments");
      }
      int v = k;
      while (v < to && GoText.isBlank(s.charAt(v))) {
        v++;
      }
      pairs.add(new KeyValue(line.token(from, k), line.token(v, to), true));
      return new Arguments.NameValues(pairs, line.range(from, to));
    }
    for (Piece w : words) {
      int eq = w.value().indexOf('=');
      if (eq < 0) {
        return malformed(from, to, Diagnostic.NAME_VALUE, "Syntax error - can't find = in "
            + GoText.quote(w.value()) + ". Must be of the form: name=value");
      }
      Token key = new Token(w.value().substring(0, eq), line.range(w.start(), w.start() + eq));
      Token value = new Token(w.value().substring(eq + 1), line.range(w.start() + eq + 1, w.end()));
      pairs.add(new KeyValue(key, value, false));
    }
    return new Arguments.NameValues(pairs, line.range(from, to));
  }

  /** HEALTHCHECK: {@code parseHealthConfig}, a type word then a command like RUN's. */
  private Arguments healthcheck(int from, int to) {
    int sep = from;
    while (sep < to && !isByteSpace(s.charAt(sep))) {
      sep++;
    }
    if (sep == from) {
      return new Arguments.None(line.range(from, to));
    }
    int next = sep;
    while (next < to && isByteSpace(s.charAt(next))) {
      next++;
    }
    Arguments command = jsonOrShell(next, to);
    return new Arguments.Healthcheck(line.token(from, sep), command, line.range(from, to));
  }

  /** BuildKit tests single bytes here; non-ASCII characters are kept whole (see BuilderFlags). */
  private static boolean isByteSpace(char c) {
    return c < 0x80 && GoText.isSpace(c);
  }

  /** ONBUILD: {@code parseSubCommand}, the trigger parsed as an instruction of its own. */
  private Arguments onbuild(int from, int to) {
    if (from == to) {
      return new Arguments.None(line.range(from, to));
    }
    Head h = head(from, to);
    Range r = h.range();
    Instruction trigger = new Instruction(h.kind(), h.keyword(), h.flags(), h.arguments(), List.of(),
        s.substring(from, to), r, r, r.text(source), List.of(), List.of(), List.of());
    return new Arguments.Onbuild(trigger);
  }

  /** Anything else: BuildKit's {@code parseIgnore}. */
  private Arguments unknown(int from, int to) {
    return new Arguments.Unknown(line.token(from, to));
  }

  private Arguments malformed(int from, int to, String code, String message) {
    diagnostics.add(Diagnostic.error(code, message, range));
    return new Arguments.Malformed(line.token(from, to));
  }

  private List<Token> tokens(List<Piece> pieces) {
    List<Token> out = new ArrayList<>(pieces.size());
    for (Piece p : pieces) {
      out.add(new Token(p.value(), line.range(p.start(), p.end())));
    }
    return out;
  }
}
