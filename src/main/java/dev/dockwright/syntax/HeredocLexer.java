package dev.dockwright.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of BuildKit's shell lexer ({@code shell.Lex.ProcessWords}) that heredoc detection runs:
 * word splitting with quotes, escapes, {@code <<} (which keeps the blanks after it in the word)
 * and {@code $} forms, over an empty environment with unset variables left as written
 * ({@code SkipUnsetEnv}). The escape character is always a backslash here, as in BuildKit.
 *
 * <p>The quote, name and {@code <<} scanning it shares with variable expansion is in
 * {@link ShellScanner}.
 *
 * <p>Reproduced quirk: nested {@code ${...}} words share one word buffer with the enclosing word
 * (BuildKit resets it), so {@code ab${x:-y}} splits as BuildKit splits it. Variable expansion
 * proper is another component's job; this class only serves heredoc markers.
 */
final class HeredocLexer extends ShellScanner {
  private static final int MAX_NESTING = 1000; // guards our stack; Go has no such limit

  private final String src;
  private final int end;
  private final boolean rawQuotes;
  private boolean rawEscapes;
  private int pos;
  private int depth;
  private int stepStart;
  private final StringBuilder wordsBuffer = new StringBuilder();

  private HeredocLexer(String src, int from, int to, boolean rawQuotes, boolean rawEscapes) {
    this.src = src;
    this.end = to;
    this.rawQuotes = rawQuotes;
    this.rawEscapes = rawEscapes;
    this.pos = from < to && src.charAt(from) == '\uFEFF' ? from + 1 : from; // text/scanner skips a BOM
  }

  /** {@code ProcessWords}: the words of {@code src[from, to)} with their spans. */
  static List<Piece> words(String src, int from, int to, boolean rawQuotes, boolean rawEscapes)
      throws LexError {
    HeredocLexer lexer = new HeredocLexer(src, from, to, rawQuotes, rawEscapes);
    try {
      return lexer.processStopOn(EOF, rawEscapes).words;
    } catch (LexError e) {
      throw new LexError("failed to process " + GoText.quote(src.substring(from, to)) + ": " + e.getMessage());
    }
  }

  private record Processed(String result, List<Piece> words) {}

  @Override
  protected int peek() {
    return pos < end ? WordSplitter.codePoint(src, pos, end) : EOF;
  }

  @Override
  protected int next() {
    int c = peek();
    if (c != EOF) {
      pos += Character.charCount(c);
    }
    return c;
  }

  /**
   * BuildKit's {@code processStopOnAny}. Its loop mirrors {@code ShellWord}'s but stays here: each
   * character is also recorded with its source position (the spans heredoc markers need), and
   * nesting is bounded; the quote, name and {@code <<} scanning is shared in {@link ShellScanner}.
   */
  private Processed processStopOn(int stopChar, boolean raw) throws LexError {
    if (++depth > MAX_NESTING) {
      throw new LexError("nesting too deep");
    }
    boolean saved = rawEscapes;
    rawEscapes = raw;
    try {
      StringBuilder result = new StringBuilder();
      wordsBuffer.setLength(0);
      Words words = new Words(wordsBuffer);
      while (peek() != EOF) {
        int ch = peek();
        int begin = pos;
        if (stopChar != EOF && ch == stopChar) {
          next();
          return new Processed(result.toString(), words.finish());
        }
        if (ch == '$' || ch == '<' || ch == '\'' || ch == '"') {
          String tmp = switch (ch) {
            case '$' -> processDollar();
            case '<' -> processPossibleHeredoc();
            case '\'' -> processSingleQuote(rawQuotes);
            default -> processDoubleQuote(rawQuotes, rawEscapes, '\\');
          };
          result.append(tmp);
          stepStart = begin; // nested calls moved it
          if (ch == '$') {
            words.addString(tmp);
          } else {
            words.addRawString(tmp);
          }
        } else {
          stepStart = begin;
          ch = next();
          if (ch == '\\') {
            if (rawEscapes) {
              words.addRawChar(ch);
              result.appendCodePoint(ch);
            }
            ch = next();
            if (ch == EOF) {
              break;
            }
            words.addRawChar(ch);
          } else {
            words.addChar(ch);
          }
          result.appendCodePoint(ch);
        }
        words.stepDone(pos);
      }
      if (stopChar != EOF) {
        throw new LexError("unexpected end of statement while looking for matching "
            + GoText.runeString(stopChar));
      }
      return new Processed(result.toString(), words.finish());
    } finally {
      rawEscapes = saved;
      depth--;
    }
  }

  /** {@code $name}, {@code ${name}} and {@code ${name<op>word}}, all unset: kept as written. */
  @Override
  protected String processDollar() throws LexError {
    next();
    if (peek() != '{') {
      String name = processName();
      return name.isEmpty() ? "$" : "$" + name;
    }
    next();
    int p = peek();
    if (p == EOF) {
      throw new LexError("syntax error: missing '}'");
    }
    if (p == '{' || p == '}' || p == ':') {
      throw new LexError("syntax error: bad substitution");
    }
    String name = processName();
    int ch = next();
    String chs = GoText.runeString(ch);
    switch (ch) {
      case '}':
        return "${" + name + "}";
      case ':':
      case '+':
      case '-':
      case '?':
      case '#':
      case '%': {
        boolean nullIsUnset = false;
        if (ch == ':') {
          nullIsUnset = true;
          ch = next();
          chs += GoText.runeString(ch);
        }
        boolean raw = ch == '#' || ch == '%';
        if (nullIsUnset && raw) {
          throw new LexError("unsupported modifier (" + chs + ") in substitution");
        }
        String word = stopOnOrMissing('}', raw, "syntax error: missing '}'");
        return "${" + name + chs + word + "}";
      }
      case '/': {
        if (peek() == '/') {
          next(); // ${a//x/y}: BuildKit writes back a single slash when the variable is unset
        }
        String pattern = stopOnOrMissing('/', true, "syntax error: missing '/' in ${}");
        String replacement = stopOnOrMissing('}', true, "syntax error: missing '}'");
        return "${" + name + "/" + pattern + "/" + replacement + "}";
      }
      default:
        throw new LexError("unsupported modifier (" + chs + ") in substitution");
    }
  }

  private String stopOnOrMissing(int stop, boolean raw, String missing) throws LexError {
    try {
      return processStopOn(stop, raw).result;
    } catch (LexError e) {
      if (peek() == EOF) {
        throw new LexError(missing);
      }
      throw e;
    }
  }

  /** BuildKit's {@code wordsStruct}, plus the span of each word. */
  private final class Words {
    private final StringBuilder buf;
    private final List<Piece> words = new ArrayList<>();
    private boolean inWord;
    private int start = -1;
    private int lastEnd = -1;

    Words(StringBuilder buf) {
      this.buf = buf;
    }

    void addChar(int ch) {
      if (GoText.isSpace(ch) && inWord) {
        if (buf.length() != 0) {
          emit();
        }
      } else if (!GoText.isSpace(ch)) {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      buf.appendCodePoint(ch);
      touch();
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      buf.append(s);
      touch();
    }

    private void touch() {
      inWord = true;
      if (start < 0) {
        start = stepStart;
      }
      lastEnd = -1;
    }

    void stepDone(int position) {
      if (start >= 0 && lastEnd < 0) {
        lastEnd = position;
      }
    }

    private void emit() {
      words.add(new Piece(buf.toString(), Math.max(start, 0), lastEnd < 0 ? pos : lastEnd));
      buf.setLength(0);
      inWord = false;
      start = -1;
      lastEnd = -1;
    }

    List<Piece> finish() {
      if (buf.length() > 0) {
        emit();
      }
      return words;
    }
  }
}
