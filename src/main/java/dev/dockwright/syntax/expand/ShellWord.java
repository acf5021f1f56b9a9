package dev.dockwright.syntax.expand;

import dev.dockwright.syntax.GoText;
import dev.dockwright.syntax.ShellScanner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of one expansion: a code-point scanner over the word plus the lookups made. Follows
 * BuildKit's {@code shellWord} function by function so that every quirk carries over (see the
 * comments marked "BuildKit:").
 */
final class ShellWord extends ShellScanner {

  record Processed(String text, List<String> words) {}

  private final int[] source;
  private int pos;
  private final Env env;
  private final int escapeToken;
  private final ExpansionOptions options;
  private boolean rawEscapes;
  // BuildKit: one words buffer shared by every nested processStopOn call (see Words).
  private final StringBuilder sharedWordsBuffer = new StringBuilder();
  private final Set<String> matched = new LinkedHashSet<>();
  private final Set<String> unmatched = new LinkedHashSet<>();

  ShellWord(String word, Env env, int escapeToken, ExpansionOptions options) {
    int[] cps = word.codePoints().toArray();
    // BuildKit: Go's text/scanner drops a byte order mark at the very start of its input.
    this.pos = cps.length > 0 && cps[0] == '\uFEFF' ? 1 : 0;
    this.source = cps;
    this.env = env;
    this.escapeToken = escapeToken;
    this.options = options;
    this.rawEscapes = options.rawEscapes();
  }

  Set<String> matched() {
    return matched;
  }

  Set<String> unmatched() {
    return unmatched;
  }

  Processed processAll() throws LexError {
    return processStopOn(EOF, rawEscapes);
  }

  @Override
  protected int peek() {
    return pos < source.length ? source[pos] : EOF;
  }

  @Override
  protected int next() {
    return pos < source.length ? source[pos++] : EOF;
  }

  /** Processes up to (and consuming) {@code stopChar}, or to the end for {@link #EOF}. */
  private Processed processStopOn(int stopChar, boolean raw) throws LexError {
    StringBuilder result = new StringBuilder();
    sharedWordsBuffer.setLength(0);
    Words words = new Words(sharedWordsBuffer);
    boolean saved = rawEscapes;
    rawEscapes = raw;
    try {
      while (peek() != EOF) {
        int ch = peek();
        if (stopChar != EOF && ch == stopChar) {
          next();
          return new Processed(result.toString(), words.finish());
        }
        String special = switch (ch) {
          case '$' -> processDollar();
          case '<' -> processPossibleHeredoc();
          case '\'' -> options.skipProcessQuotes() ? null : processSingleQuote(options.rawQuotes());
          case '"' -> options.skipProcessQuotes() ? null : processDoubleQuote(options.rawQuotes(), rawEscapes, escapeToken);
          default -> null;
        };
        if (special != null) {
          result.append(special);
          if (ch == '$') {
            words.addString(special); // expanded text is split at its spaces
          } else {
            words.addRawString(special);
          }
          continue;
        }
        ch = next();
        if (ch == escapeToken) {
          if (rawEscapes) {
            words.addRawChar(ch);
            result.appendCodePoint(ch);
          }
          ch = next();
          if (ch == EOF) {
            break; // an escape token at the very end is dropped
          }
          words.addRawChar(ch);
        } else {
          words.addChar(ch);
        }
        result.appendCodePoint(ch);
      }
      if (stopChar != EOF) {
        throw new LexError("unexpected end of statement while looking for matching "
            + GoText.runeString(stopChar));
      }
      return new Processed(result.toString(), words.finish());
    } finally {
      rawEscapes = saved;
    }
  }

  @Override
  protected String processDollar() throws LexError {
    next(); // '$'
    if (peek() != '{') {
      String name = processName();
      if (name.isEmpty()) {
        return "$";
      }
      String value = getEnv(name);
      if (value == null && options.skipUnsetEnv()) {
        return "$" + name;
      }
      return value == null ? "" : value;
    }
    next(); // '{'
    switch (peek()) {
      case EOF -> throw new LexError("syntax error: missing '}'");
      case '{', '}', ':' -> throw new LexError("syntax error: bad substitution");
      default -> { }
    }
    String name = processName();
    int ch = next();
    String chs = GoText.runeString(ch);
    boolean nullIsUnset = false;
    if (ch == '}') {
      String value = getEnv(name);
      if (value == null && options.skipUnsetEnv()) {
        return "${" + name + "}";
      }
      return value == null ? "" : value;
    }
    if (ch == '/') {
      return processReplacement(name);
    }
    if (ch == ':') {
      nullIsUnset = true;
      ch = next();
      chs += GoText.runeString(ch);
    } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
      throw new LexError("unsupported modifier (" + chs + ") in substitution");
    }
    // From here on BuildKit's switch falls through from ':' with whatever character followed.
    boolean trimming = ch == '#' || ch == '%';
    if (nullIsUnset && trimming) {
      throw new LexError("unsupported modifier (" + chs + ") in substitution");
    }
    String word;
    try {
      word = processStopOn('}', trimming).text();
    } catch (LexError e) {
      if (peek() == EOF) {
        throw new LexError("syntax error: missing '}'");
      }
      throw e;
    }
    String found = getEnv(name);
    boolean set = found != null;
    if (options.skipUnsetEnv() && !set) {
      return "${" + name + chs + word + "}";
    }
    String value = set ? found : ""; // Go's zero value: an unset variable trims as empty
    boolean absent = !set || (nullIsUnset && value.isEmpty());
    switch (ch) {
      case '-':
        return absent ? word : value;
      case '+':
        return absent ? "" : word;
      case '?':
        if (!set) {
          throw new LexError(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
        }
        if (nullIsUnset && value.isEmpty()) {
          throw new LexError(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
        }
        return value;
      case '%':
      case '#':
        // %/# remove the shortest match, %%/## the longest.
        boolean greedy = !word.isEmpty() && word.charAt(0) == ch;
        String pattern = greedy ? word.substring(1) : word;
        String subject = value == null ? "" : value; // Go's unset string is ""
        return ch == '%'
            ? ShellPattern.trimSuffix(pattern, subject, greedy)
            : ShellPattern.trimPrefix(pattern, subject, greedy);
      default:
        throw new LexError("unsupported modifier (" + chs + ") in substitution");
    }
  }

  /** {@code ${name/pattern/replacement}} and {@code ${name//pattern/replacement}}. */
  private String processReplacement(String name) throws LexError {
    boolean replaceAll = peek() == '/';
    if (replaceAll) {
      next();
    }
    String pattern;
    try {
      pattern = processStopOn('/', true).text();
    } catch (LexError e) {
      if (peek() == EOF) {
        throw new LexError("syntax error: missing '/' in ${}");
      }
      throw e;
    }
    String replacement;
    try {
      replacement = processStopOn('}', true).text();
    } catch (LexError e) {
      if (peek() == EOF) {
        throw new LexError("syntax error: missing '}'");
      }
      throw e;
    }
    String value = getEnv(name);
    if (options.skipUnsetEnv() && value == null) {
      // BuildKit writes one slash back even for the replace-all form.
      return "${" + name + "/" + pattern + "/" + replacement + "}";
    }
    return ShellPattern.replace(pattern, value == null ? "" : value, replacement, replaceAll);
  }

  private String getEnv(String name) {
    String value = env.get(name);
    if (value != null) {
      matched.add(name);
    } else {
      unmatched.add(name);
    }
    return value;
  }

  /**
   * Word splitting of the processed text. BuildKit: the buffer is shared with nested calls (each
   * {@code processStopOn} resets it), so in {@code x${V:-y}} the nested default wipes the pending
   * {@code x} from the words (not from the text). Reproduced on purpose.
   */
  private static final class Words {
    private final StringBuilder buf;
    private final List<String> words = new ArrayList<>();
    private boolean inWord;

    Words(StringBuilder buf) {
      this.buf = buf;
    }

    void addChar(int ch) {
      if (GoText.isSpace(ch)) {
        if (inWord && buf.length() != 0) {
          words.add(buf.toString());
          buf.setLength(0);
          inWord = false;
        }
      } else {
        addRawChar(ch);
      }
    }

    void addRawChar(int ch) {
      buf.appendCodePoint(ch);
      inWord = true;
    }

    void addString(String s) {
      s.codePoints().forEach(this::addChar);
    }

    void addRawString(String s) {
      buf.append(s);
      inWord = true;
    }

    List<String> finish() {
      if (buf.length() > 0) {
        words.add(buf.toString());
        buf.setLength(0);
        inWord = false;
      }
      return words;
    }
  }
}
