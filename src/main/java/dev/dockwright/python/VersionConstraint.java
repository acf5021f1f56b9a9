package dev.dockwright.python;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version constraint on Python itself: PEP 440 specifier sets ({@code >=3.9,<3.13},
 * {@code ~=3.11}, {@code ==3.12.*}) and Poetry's dialect ({@code ^3.10}, {@code ~3.11},
 * {@code >=3.9 <3.13}, {@code 3.10 || 3.11}). It answers one question: does some release of a
 * given CPython minor satisfy it?
 */
public final class VersionConstraint {
  private static final Pattern CLAUSE = Pattern.compile(
      "^(===|~=|==|!=|<=|>=|<|>|\\^|~|=)?\\s*(v?[0-9][0-9a-zA-Z.*+!-]*|\\*)$");
  /** Highest patch number tried when matching a minor; CPython has never gone past 3.x.20. */
  private static final int MAX_PATCH = 60;

  /** Alternatives (OR) of clause lists (AND). */
  private final List<List<Clause>> alternatives;
  private final String text;

  private record Clause(String op, int[] version, boolean wildcard, String raw) {}

  private VersionConstraint(String text, List<List<Clause>> alternatives) {
    this.text = text;
    this.alternatives = alternatives;
  }

  /**
   * Parses a constraint; {@code poetry} enables Poetry's operators (which are a superset, except
   * that a bare version means {@code ==}).
   */
  public static VersionConstraint parse(String text, boolean poetry) {
    List<List<Clause>> alts = new ArrayList<>();
    for (String alt : text.split("\\|\\|?")) {
      List<Clause> clauses = new ArrayList<>();
      String normalized = alt.trim();
      // Poetry separates AND-ed clauses by commas or spaces; PEP 440 only by commas.
      String[] parts = poetry ? normalized.replaceAll("([<>=!~^]+)\\s+", "$1")
          .split("[,\\s]+") : normalized.split(",");
      for (String part : parts) {
        String p = part.trim();
        if (p.isEmpty()) {
          continue;
        }
        clauses.add(clause(p, poetry, text));
      }
      if (clauses.isEmpty()) {
        throw new IllegalArgumentException("empty version constraint '" + text + "'");
      }
      alts.add(clauses);
    }
    return new VersionConstraint(text.trim(), alts);
  }

  private static Clause clause(String p, boolean poetry, String whole) {
    Matcher m = CLAUSE.matcher(p);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a version constraint: '" + p + "' in '" + whole
          + "'");
    }
    String op = m.group(1) == null ? (poetry ? "==" : null) : m.group(1);
    if (op == null) {
      throw new IllegalArgumentException("missing operator in '" + p + "' (PEP 440 needs one, "
          + "e.g. '>=" + p + "')");
    }
    if ((op.equals("^") || op.equals("~") || op.equals("=")) && !poetry) {
      throw new IllegalArgumentException("'" + op + "' is Poetry syntax, not PEP 440: '" + p + "'");
    }
    String v = m.group(2);
    if (v.equals("*")) {
      return new Clause("*", new int[0], true, p);
    }
    boolean wildcard = v.endsWith(".*");
    return new Clause(op.equals("=") ? "==" : op, numbers(v), wildcard, p);
  }

  /** The release segment of a version: {@code 3.11.4rc1} gives [3, 11, 4]. */
  static int[] numbers(String v) {
    String s = v.startsWith("v") ? v.substring(1) : v;
    int bang = s.indexOf('!');
    if (bang >= 0) {
      s = s.substring(bang + 1);
    }
    List<Integer> out = new ArrayList<>();
    for (String seg : s.split("\\.")) {
      Matcher m = Pattern.compile("^([0-9]+)").matcher(seg);
      if (!m.find()) {
        break;
      }
      out.add(Integer.parseInt(m.group(1)));
      if (m.end() < seg.length()) {
        break; // a pre/post/dev tag ends the release segment
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Whether some release {@code 3.minor.p} satisfies the constraint. */
  public boolean allowsMinor(int major, int minor) {
    for (int patch = 0; patch <= MAX_PATCH; patch++) {
      if (allows(new int[] {major, minor, patch})) {
        return true;
      }
    }
    return false;
  }

  public boolean allows(int[] v) {
    for (List<Clause> alt : alternatives) {
      if (alt.stream().allMatch(c -> matches(c, v))) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Clause c, int[] v) {
    int[] w = c.version();
    return switch (c.op()) {
      case "*" -> true;
      case "==", "===" -> c.wildcard() ? prefix(v, w) : compare(v, w) == 0;
      case "!=" -> c.wildcard() ? !prefix(v, w) : compare(v, w) != 0;
      case ">=" -> compare(v, w) >= 0;
      case "<=" -> compare(v, w) <= 0;
      case ">" -> compare(v, w) > 0;
      case "<" -> compare(v, w) < 0;
      // ~=X.Y.Z means >=X.Y.Z and ==X.Y.*; Poetry's ~X.Y means >=X.Y,<X.(Y+1) and ~X >=X,<X+1.
      case "~=" -> compare(v, w) >= 0 && prefix(v, java.util.Arrays.copyOf(w, Math.max(1,
          w.length - 1)));
      case "~" -> compare(v, w) >= 0 && prefix(v, java.util.Arrays.copyOf(w, Math.min(2,
          w.length)));
      // ^X.Y means >=X.Y,<(X+1); ^0.Y means >=0.Y,<0.(Y+1)
      case "^" -> compare(v, w) >= 0 && prefix(v, caretPrefix(w));
      default -> false;
    };
  }

  private static int[] caretPrefix(int[] w) {
    for (int i = 0; i < w.length; i++) {
      if (w[i] != 0) {
        return java.util.Arrays.copyOf(w, i + 1);
      }
    }
    return w;
  }

  private static boolean prefix(int[] v, int[] p) {
    for (int i = 0; i < p.length; i++) {
      int vi = i < v.length ? v[i] : 0;
      if (vi != p[i]) {
        return false;
      }
    }
    return true;
  }

  private static int compare(int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    for (int i = 0; i < n; i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
