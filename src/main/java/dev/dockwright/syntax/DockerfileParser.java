package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Dockerfiles exactly as BuildKit's parser does ({@code frontend/dockerfile/parser}), and
 * keeps every byte so the tree prints back to the input.
 *
 * <p>Line-oriented like BuildKit: physical lines are split after {@code \n}; the leading block of
 * comment lines may hold parser directives; a comment or blank line outside an instruction is its
 * own node; an instruction's first line loses its indentation, then lines ending in the escape
 * character continue it (comment lines and blank lines inside are dropped, blank ones with
 * BuildKit's warning); RUN/COPY/ADD in shell form then read their heredoc bodies. Each logical
 * line goes to {@link InstructionParser}.
 *
 * <p>Never throws. Where BuildKit stops at its first error, we record it and go on, so the tree
 * is always complete; {@link ParseResult#firstError()} is the error BuildKit reports.
 */
public final class DockerfileParser {
  /** BuildKit reads lines with Go's {@code bufio.Scanner}: at most 64 KiB per line. */
  static final int MAX_LINE_BYTES = 65536;

  private final String fileName;
  private final String src;
  private final int n;
  private final LineIndex lines;
  private final List<Node> nodes = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final List<Comment> commentBlock = new ArrayList<>();
  private final Set<String> seenDirectives = new HashSet<>();
  private char escape = '\\';
  private boolean directivesDone;
  private boolean lineTooLongReported;
  private int pos;

  private DockerfileParser(String fileName, String text) {
    this.fileName = fileName;
    this.src = text;
    this.n = text.length();
    this.lines = new LineIndex(text);
  }

  public static ParseResult parse(String text) {
    return parse("Dockerfile", text);
  }

  /** Parses {@code text}; {@code fileName} is only carried along for messages. */
  public static ParseResult parse(String fileName, String text) {
    return new DockerfileParser(fileName, text).run();
  }

  private ParseResult run() {
    pos = n > 0 && src.charAt(0) == '\uFEFF' ? 1 : 0;
    boolean anyInstruction = false;
    while (pos < n) {
      int start = pos;
      int end = lineEnd(start);
      int contentEnd = contentEnd(start, end);
      checkLength(start, end);
      pos = end;
      int trimmed = GoText.skipSpace(src, start, contentEnd);
      if (trimmed < contentEnd && src.charAt(trimmed) == '#') {
        commentLine(start, end, trimmed, contentEnd);
        continue;
      }
      directivesDone = true;
      if (trimmed == contentEnd) {
        nodes.add(new BlankLine(range(trimmed, contentEnd), range(start, end), src.substring(start, end)));
        commentBlock.clear();
        continue;
      }
      nodes.add(instruction(start, end, trimmed, contentEnd));
      anyInstruction = true;
    }
    // In file order, so the first error is the one BuildKit (which stops there) reports; it only
    // gets to "no instructions" at the very end.
    diagnostics.sort(Comparator.comparingInt(d -> d.range().startOffset()));
    if (!anyInstruction) {
      diagnostics.add(Diagnostic.error(Diagnostic.NO_INSTRUCTIONS, "file with no instructions", range(0, n)));
    }
    return new ParseResult(fileName, new Dockerfile(src, nodes, escape, lines), diagnostics);
  }

  /** A comment line outside an instruction: a directive while still in the leading block. */
  private void commentLine(int start, int end, int hash, int contentEnd) {
    Directives.Line d = directivesDone ? null : Directives.parseLine(src, hash, contentEnd, "#");
    if (d == null) {
      directivesDone = true;
      Comment c = new Comment(GoText.trimSpace(src.substring(hash + 1, contentEnd)),
          range(hash, contentEnd), range(start, end), src.substring(start, end));
      nodes.add(c);
      commentBlock.add(c);
      return;
    }
    Range r = range(hash, contentEnd);
    if (!seenDirectives.add(d.name())) {
      diagnostics.add(Diagnostic.error(Diagnostic.DUPLICATE_DIRECTIVE,
          "only one " + d.name() + " parser directive can be used", r));
    } else if (d.name().equals("escape")) {
      if (d.value().equals("\\") || d.value().equals("`")) {
        escape = d.value().charAt(0);
      } else {
        diagnostics.add(Diagnostic.error(Diagnostic.INVALID_ESCAPE,
            "invalid escape token '" + d.value() + "' does not match ` or \\", r));
      }
    }
    nodes.add(new Directive(d.name(), d.value(), range(d.nameStart(), d.nameEnd()),
        range(d.valueStart(), d.valueEnd()), r, range(start, end), src.substring(start, end)));
  }

  /** An instruction starting on the line {@code [start, end)}, first visible char at {@code first}. */
  private Instruction instruction(int start, int end, int first, int contentEnd) {
    LogicalLine.Builder joined = new LogicalLine.Builder(lines, first);
    int piece = continuationAt(first, contentEnd);
    joined.append(src, first, piece < 0 ? contentEnd : piece);
    int lastStart = start;
    int lastContentEnd = contentEnd;
    int spanEnd = end;
    List<Comment> inner = new ArrayList<>();
    List<Range> emptyLines = new ArrayList<>();
    while (piece >= 0 && pos < n) {
      int ls = pos;
      int le = lineEnd(ls);
      int ce = contentEnd(ls, le);
      checkLength(ls, le);
      pos = le;
      lastStart = ls;
      lastContentEnd = ce;
      spanEnd = le;
      int t = GoText.skipSpace(src, ls, ce);
      if (t < ce && src.charAt(t) == '#') {
        inner.add(new Comment(GoText.trimSpace(src.substring(t + 1, ce)), range(t, ce), range(ls, le),
            src.substring(ls, le)));
        continue;
      }
      if (t == ce) {
        emptyLines.add(range(ls, ce));
        continue;
      }
      piece = continuationAt(ls, ce);
      joined.append(src, ls, piece < 0 ? ce : piece);
    }
    LogicalLine line = joined.build();
    InstructionParser.Head head = InstructionParser.parse(src, line, escape, diagnostics);
    if (!emptyLines.isEmpty()) {
      diagnostics.add(Diagnostic.warning(Diagnostic.EMPTY_CONTINUATION,
          "Empty continuation line found in: " + line.text, range(lastStart, lastContentEnd)));
    }
    List<Heredoc> heredocs = new ArrayList<>();
    if (canContainHeredoc(head) && line.text.contains("<<")) {
      HeredocMarkers.Found found = HeredocMarkers.fromLine(line.text);
      if (found.error() != null) {
        diagnostics.add(Diagnostic.error(Diagnostic.INVALID_HEREDOC, found.error(), head.range()));
      }
      for (HeredocMarkers.Marker m : found.markers()) {
        Heredoc h = readHeredoc(m, line, first);
        heredocs.add(h);
        lastContentEnd = h.terminator().map(Range::endOffset).orElse(n);
        spanEnd = pos;
        if (h.terminator().isEmpty()) {
          break;
        }
      }
    }
    Instruction instruction = new Instruction(head.kind(), head.keyword(), head.flags(), head.arguments(),
        heredocs, line.text, range(first, lastContentEnd), range(start, spanEnd),
        src.substring(start, spanEnd), commentBlock, inner, emptyLines);
    commentBlock.clear();
    return instruction;
  }

  /** Reads one heredoc body from the next lines, up to its terminator line. */
  private Heredoc readHeredoc(HeredocMarkers.Marker m, LogicalLine line, int instructionStart) {
    int bodyStart = pos;
    while (pos < n) {
      int ls = pos;
      int le = lineEnd(ls);
      int ce = contentEnd(ls, le);
      checkLength(ls, le);
      pos = le;
      int candidate = ls;
      if (m.chomp()) {
        while (candidate < ce && src.charAt(candidate) == '\t') {
          candidate++;
        }
      }
      if (ce - candidate == m.name().length() && src.startsWith(m.name(), candidate)) {
        return heredoc(m, line, bodyStart, ls, Optional.of(range(ls, ce)));
      }
    }
    diagnostics.add(Diagnostic.error(Diagnostic.UNTERMINATED_HEREDOC, "unterminated heredoc",
        range(instructionStart, n)));
    return heredoc(m, line, bodyStart, n, Optional.empty());
  }

  private Heredoc heredoc(HeredocMarkers.Marker m, LogicalLine line, int bodyStart, int bodyEnd,
      Optional<Range> terminator) {
    return new Heredoc(m.name(), m.fileDescriptor(), m.expand(), m.chomp(),
        src.substring(bodyStart, bodyEnd), line.token(m.word(), m.start(), m.end()),
        range(bodyStart, bodyEnd), terminator);
  }

  /** BuildKit's {@code canContainHeredoc}: RUN/COPY/ADD, directly or as ONBUILD trigger, not JSON. */
  private static boolean canContainHeredoc(InstructionParser.Head head) {
    InstructionKind kind = head.kind();
    Arguments args = head.arguments();
    if (args instanceof Arguments.Onbuild o) {
      kind = o.trigger().kind();
      args = o.trigger().arguments();
    }
    return kind.takesHeredocs() && !(args instanceof Arguments.Exec);
  }

  /**
   * BuildKit's line-continuation test on {@code [from, to)}: the line ends with the escape
   * character, optionally followed by spaces/tabs, and that character is not itself escaped.
   * Returns the index of that escape character (the piece ends there), or -1.
   */
  private int continuationAt(int from, int to) {
    int e = to;
    while (e > from && (src.charAt(e - 1) == ' ' || src.charAt(e - 1) == '\t')) {
      e--;
    }
    if (e > from && src.charAt(e - 1) == escape && (e - 1 == from || src.charAt(e - 2) != escape)) {
      return e - 1;
    }
    return -1;
  }

  /** Index just after the {@code \n} ending the line at {@code start}, or the text's end. */
  private int lineEnd(int start) {
    int nl = src.indexOf('\n', start);
    return nl < 0 ? n : nl + 1;
  }

  /** BuildKit's {@code trimNewline}: the line without its trailing {@code \r}/{@code \n}s. */
  private int contentEnd(int start, int end) {
    int e = end;
    while (e > start && (src.charAt(e - 1) == '\n' || src.charAt(e - 1) == '\r')) {
      e--;
    }
    return e;
  }

  /** BuildKit's scanner refuses lines over 64 KiB (UTF-8, line end and a BOM included). */
  private void checkLength(int start, int end) {
    if (lineTooLongReported || (end - start) * 3L < MAX_LINE_BYTES) {
      return;
    }
    int from = start == 1 && src.charAt(0) == '\uFEFF' ? 0 : start;
    int bytes = GoText.utf8Length(src, from, end);
    boolean terminated = src.charAt(end - 1) == '\n';
    if (terminated ? bytes > MAX_LINE_BYTES : bytes >= MAX_LINE_BYTES) {
      lineTooLongReported = true;
      diagnostics.add(Diagnostic.error(Diagnostic.LINE_TOO_LONG,
          "dockerfile line greater than max allowed size of " + (MAX_LINE_BYTES - 1),
          range(start, contentEnd(start, end))));
    }
  }

  private Range range(int from, int to) {
    return lines.range(from, to);
  }
}
