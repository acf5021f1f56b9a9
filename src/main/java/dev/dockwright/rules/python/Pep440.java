package dev.dockwright.rules.python;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of PEP 440 to answer "does this Python satisfy {@code requires-python}": release
 * versions ({@code 3.12}, {@code 3.12.4}) and specifier sets ({@code >=3.10,<3.13},
 * {@code ~=3.11}, {@code ==3.12.*}, {@code !=3.12.0}), plus Poetry's constraint syntax for
 * {@code tool.poetry.dependencies.python} ({@code ^3.10}, {@code ~3.11}, {@code 3.12},
 * {@code *}, {@code ||}). Pre-, post- and dev-release suffixes are ignored: interpreters in
 * images are final releases.
 */
final class Pep440 {
  private Pep440() {}

  private static final Pattern VERSION =
      Pattern.compile("v?(\\d+(?:\\.\\d+)*)(?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview|post|dev|r)\\d*)*");
  private static final Pattern CLAUSE =
      Pattern.compile("(===|==|!=|~=|<=|>=|<|>|\\^|~)?\\s*(v?\\d+(?:\\.\\d+)*)(\\.\\*)?\\S*");

  /** A release version, compared with zero padding ({@code 3.12 == 3.12.0}). */
  record Version(List<Integer> release) implements Comparable<Version> {

    Version {
      release = List.copyOf(release);
    }

    static Optional<Version> parse(String text) {
      Matcher m = VERSION.matcher(text.strip());
      if (!m.matches()) {
        return Optional.empty();
      }
      List<Integer> parts = new ArrayList<>();
      for (String p : m.group(1).split("\\.")) {
        if (p.length() > 6) {
          return Optional.empty();
        }
        parts.add(Integer.parseInt(p));
      }
      return Optional.of(new Version(parts));
    }

    static Version of(int... parts) {
      List<Integer> list = new ArrayList<>();
      for (int p : parts) {
        list.add(p);
      }
      return new Version(list);
    }

    int part(int i) {
      return i < release.size() ? release.get(i) : 0;
    }

    @Override
    public int compareTo(Version o) {
      int n = Math.max(release.size(), o.release.size());
      for (int i = 0; i < n; i++) {
        int c = Integer.compare(part(i), o.part(i));
        if (c != 0) {
          return c;
        }
      }
      return 0;
    }

    /** The first {@code n} components equal those of {@code prefix} (for {@code ==3.12.*}). */
    boolean startsWith(Version prefix, int n) {
      for (int i = 0; i < n; i++) {
        if (part(i) != prefix.part(i)) {
          return false;
        }
      }
      return true;
    }

    /** The version with component {@code i} raised by one and the rest dropped. */
    Version bump(int i) {
      List<Integer> parts = new ArrayList<>();
      for (int k = 0; k < i; k++) {
        parts.add(part(k));
      }
      parts.add(part(i) + 1);
      return new Version(parts);
    }

    @Override
    public String toString() {
      return String.join(".", release.stream().map(String::valueOf).toList());
    }
  }

  /** One comparison: {@code >=3.10}, {@code ==3.12.*}. */
  record Clause(String op, Version version, boolean wildcard) {
    boolean admits(Version v) {
      int c = v.compareTo(version);
      return switch (op) {
        case "==" -> wildcard ? v.startsWith(version, version.release().size()) : c == 0;
        case "!=" -> wildcard ? !v.startsWith(version, version.release().size()) : c != 0;
        case ">=" -> c >= 0;
        case "<=" -> c <= 0;
        case ">" -> c > 0;
        case "<" -> c < 0;
        case "~=" -> c >= 0 && v.startsWith(version, Math.max(1, version.release().size() - 1));
        case "===" -> v.toString().equals(version.toString());
        default -> false;
      };
    }
  }

  /**
   * A specifier: alternatives (Poetry's {@code ||}) of clauses that must all hold.
   *
   * @param text the specifier as written
   */
  record Specifier(List<List<Clause>> alternatives, String text) {

    boolean admits(Version v) {
      return alternatives.stream().anyMatch(all -> all.stream().allMatch(c -> c.admits(v)));
    }

    /**
     * Whether some {@code major.minor.patch} satisfies it, for an interpreter known only as
     * {@code major.minor}. The clauses split the patch numbers into intervals whose ends are
     * the patch numbers they name, so testing those numbers, their neighbours, 0 and a large
     * one covers every interval.
     */
    boolean admitsSomePatchOf(int major, int minor) {
      Set<Integer> patches = new LinkedHashSet<>(List.of(0, 1, 99_999));
      for (List<Clause> all : alternatives) {
        for (Clause c : all) {
          if (c.version().part(0) == major && c.version().part(1) == minor) {
            int p = c.version().part(2);
            patches.add(p);
            patches.add(p + 1);
            patches.add(Math.max(0, p - 1));
          }
        }
      }
      return patches.stream().anyMatch(p -> admits(Version.of(major, minor, p)));
    }
  }

  /** A PEP 440 specifier set; empty when it does not parse. {@code ""} admits everything. */
  static Optional<Specifier> parse(String text) {
    return parse(text, false);
  }

  /** A Poetry constraint ({@code ^3.10}, {@code ~3.11}, {@code 3.12}, {@code *}, {@code ||}). */
  static Optional<Specifier> parsePoetry(String text) {
    return parse(text, true);
  }

  private static Optional<Specifier> parse(String text, boolean poetry) {
    List<List<Clause>> alternatives = new ArrayList<>();
    for (String alternative : (poetry ? text.split("\\|\\|") : new String[] {text})) {
      List<Clause> clauses = new ArrayList<>();
      String[] items = poetry ? alternative.trim().split("\\s*,\\s*|\\s+(?=[<>=!~^])")
          : alternative.split(",");
      for (String item : items) {
        String t = item.strip();
        if (t.isEmpty() || poetry && t.equals("*")) {
          continue;
        }
        Matcher m = CLAUSE.matcher(t);
        if (!m.matches()) {
          return Optional.empty();
        }
        Optional<Version> v = Version.parse(m.group(2));
        if (v.isEmpty()) {
          return Optional.empty();
        }
        String op = m.group(1) == null ? (poetry ? "==" : null) : m.group(1);
        if (op == null || !poetry && (op.equals("^") || op.equals("~"))) {
          return Optional.empty();
        }
        boolean wildcard = m.group(3) != null;
        clauses.addAll(clauses(op, v.get(), wildcard));
      }
      alternatives.add(clauses);
    }
    return Optional.of(new Specifier(alternatives, text.strip()));
  }

  /** Poetry's caret and tilde as PEP 440 ranges. */
  private static List<Clause> clauses(String op, Version v, boolean wildcard) {
    if (op.equals("^")) {
      int first = 0;
      while (first < v.release().size() - 1 && v.part(first) == 0) {
        first++;
      }
      return List.of(new Clause(">=", v, false), new Clause("<", v.bump(first), false));
    }
    if (op.equals("~")) {
      int at = v.release().size() >= 2 ? 1 : 0;
      return List.of(new Clause(">=", v, false), new Clause("<", v.bump(at), false));
    }
    return List.of(new Clause(op, v, wildcard));
  }
}
