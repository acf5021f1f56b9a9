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
      Token word = line.token(w.value(), w.start(), w.end());
      int eq = w.value().indexOf('=');
      if (eq < 0) {
        declarations.add(new ArgDeclaration(word, word, Optional.empty()));
      } else {
        Token name = line.token(w.value().substring(0, eq), w.start(), w.start() + eq);
        Token value = line.token(w.value().substring(eq + 1), w.start() + eq + 1, w.end());
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
      Token key = line.token(w.value().substring(0, eq), w.start(), w.start() + eq);
      Token value = line.token(w.value().substring(eq + 1), w.start() + eq + 1, w.end());
      pairs.add(new KeyValue(key, value, false));
    }
    return new Arguments.NameValues(pairs, line.range(from, to));
  }

  /**
   * HEALTHCHECK: {@code parseHealthConfig}, a type word then a command like RUN's. BuildKit finds
   * the end of the type word byte by byte, so the byte 0x85 or 0xA0 inside a character (NBSP is
   * C2 A0) ends it; BuildKit's type word then keeps the character's earlier bytes (invalid UTF-8,
   * which a Java string cannot hold), ours ends before that character.
   */
  private Arguments healthcheck(int from, int to) {
    int sep = from;
    while (sep < to && !startsWithSpaceByte(sep, to)) {
      sep += Character.charCount(WordSplitter.codePoint(s, sep, to));
    }
    if (sep == from) {
      return new Arguments.None(line.range(from, to));
    }
    int next = sep;
    boolean stray = false;
    int cp = sep < to ? WordSplitter.codePoint(s, sep, to) : 0;
    if (cp >= 0x80) { // the type word ended inside this character: skip it
      byte[] bytes = GoText.utf8(cp);
      for (int k = BuilderFlags.spaceByte(bytes) + 1; k < bytes.length; k++) {
        stray |= bytes[k] != (byte) 0x85 && bytes[k] != (byte) 0xA0;
      }
      next += Character.charCount(cp);
    }
    // BuildKit's rest would start with the stray bytes; ours starts at the next character
    while (!stray && next < to && s.charAt(next) < 0x80 && GoText.isSpace(s.charAt(next))) {
      next++;
    }
    Arguments command = jsonOrShell(next, to);
    return new Arguments.Healthcheck(line.token(from, sep), command, line.range(from, to));
  }

  /** Whether BuildKit's byte scan finds whitespace at or inside the character at {@code i}. */
  private boolean startsWithSpaceByte(int i, int to) {
    int cp = WordSplitter.codePoint(s, i, to);
    return cp < 0x80 ? GoText.isSpace(cp) : BuilderFlags.spaceByte(GoText.utf8(cp)) >= 0;
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

  private List<Token> tokens(List<Json.Element> pieces) {
    List<Token> out = new ArrayList<>(pieces.size());
    for (Json.Element p : pieces) {
      out.add(line.token(p.value(), p.start(), p.end(), p.charStarts()));
    }
    return out;
  }
}
