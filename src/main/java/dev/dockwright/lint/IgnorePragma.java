package dev.dockwright.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An inline ignore comment, hadolint's syntax under either tool name:
 *
 * <pre>
 * # hadolint ignore=DL3008,DL3015       the instruction right below
 * # dockwright ignore=DW0003, DL3008    the same
 * # hadolint global ignore=DL3007       the whole file
 * # dockwright global ignore=DL3007
 * # hadolint stage ignore=DL3002        the rest of the build stage (hadolint's stage pragma)
 * </pre>
 *
 * Spaces and tabs are allowed around {@code =} and {@code ,}; a trailing {@code # reason} is
 * allowed. Codes and names of any rule are accepted (hadolint itself only takes DL/SC codes).
 *
 * @param extent what the pragma silences: the next instruction, the stage, or the whole file
 * @param rules the codes or names listed
 */
public record IgnorePragma(Extent extent, List<String> rules) {

  /** How far an ignore pragma reaches. */
  public enum Extent {
    /** {@code # hadolint ignore=}: the instruction right below. */
    INSTRUCTION,
    /** {@code # hadolint stage ignore=}: the build stage it is in (or whose FROM it is above). */
    STAGE,
    /** {@code # hadolint global ignore=}: the whole file. */
    GLOBAL
  }

  public IgnorePragma {
    rules = List.copyOf(rules);
  }

  /** A file-wide ({@code global}) or next-instruction pragma. */
  public IgnorePragma(boolean global, List<String> rules) {
    this(global ? Extent.GLOBAL : Extent.INSTRUCTION, rules);
  }

  /** Applies to the whole file rather than the next instruction. */
  public boolean global() {
    return extent == Extent.GLOBAL;
  }

  /** Parses the text of a comment after its {@code #}; empty when it is not an ignore pragma. */
  public static Optional<IgnorePragma> parse(String comment) {
    Cursor c = new Cursor(comment);
    c.blanks();
    if (!(c.word("hadolint") || c.word("dockwright")) || !c.blanks()) {
      return Optional.empty();
    }
    Extent extent = Extent.INSTRUCTION;
    if (c.word("global")) {
      extent = Extent.GLOBAL;
    } else if (c.word("stage")) {
      extent = Extent.STAGE;
    }
    if (extent != Extent.INSTRUCTION && !c.blanks()) {
      return Optional.empty();
    }
    if (!c.word("ignore")) {
      return Optional.empty();
    }
    c.blanks();
    if (!c.word("=")) {
      return Optional.empty();
    }
    List<String> rules = new ArrayList<>();
    do {
      c.blanks();
      String rule = c.ruleName();
      if (rule.isEmpty()) {
        return Optional.empty();
      }
      rules.add(rule);
      c.blanks();
    } while (c.word(","));
    if (!c.atEnd() && !c.word("#")) {
      return Optional.empty();
    }
    return Optional.of(new IgnorePragma(extent, rules));
  }

  private static final class Cursor {
    private final String text;
    private int pos;

    Cursor(String text) {
      this.text = text;
    }

    boolean blanks() {
      int start = pos;
      while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
        pos++;
      }
      return pos > start;
    }

    boolean word(String w) {
      if (text.startsWith(w, pos)) {
        pos += w.length();
        return true;
      }
      return false;
    }

    String ruleName() {
      int start = pos;
      while (pos < text.length()) {
        char ch = text.charAt(pos);
        if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.')) {
          break;
        }
        pos++;
      }
      return text.substring(start, pos);
    }

    boolean atEnd() {
      return pos == text.length();
    }
  }
}
