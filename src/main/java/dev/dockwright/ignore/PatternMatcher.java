package dev.dockwright.ignore;

import java.util.ArrayList;
import java.util.List;

/**
 * An ordered list of ignore patterns, decided as moby/patternmatcher decides: patterns are tried in
 * order, the last one that matches wins, a {@code !} exception only matters for a path an earlier
 * pattern excluded, and a pattern that matches a parent directory matches everything below it.
 * Paths are slash-separated and relative to the context root.
 */
public final class PatternMatcher {
  private final List<IgnorePattern> patterns;
  private final boolean exclusions;

  private PatternMatcher(List<IgnorePattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.exclusions = patterns.stream().anyMatch(IgnorePattern::exclusion);
  }

  /**
   * @throws IllegalArgumentException naming the first malformed pattern
   */
  public static PatternMatcher of(List<String> patterns) {
    List<IgnorePattern> compiled = new ArrayList<>();
    for (String p : patterns) {
      if (p.strip().isEmpty()) {
        continue;
      }
      try {
        compiled.add(IgnorePattern.compile(p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(e.getMessage() + ": " + p.strip(), e);
      }
    }
    return new PatternMatcher(compiled);
  }

  /** Whether any pattern is a {@code !} exception. */
  public boolean hasExclusions() {
    return exclusions;
  }

  /** The patterns in order, as cleaned; {@link IgnorePattern#toString()} puts back the {@code !}. */
  public List<IgnorePattern> patterns() {
    return patterns;
  }

  /**
   * Whether {@code file} (slash-separated, context-relative, already cleaned) or a directory above
   * it is excluded: moby's {@code PatternMatcher.MatchesOrParentMatches}, which BuildKit's
   * CopyIgnoredFile check uses. As there, nothing is special about {@code .}: {@code *} matches
   * it. (moby's package-level helper of that name answers no for {@code .}; the CLI asks it only
   * about the Dockerfile and {@code .dockerignore}, and its walk never about the root.)
   */
  public boolean excludes(String file) {
    String parent = dir(file);
    List<String> parents = parent.equals(".") ? List.of() : prefixes(parent);
    boolean matched = false;
    for (IgnorePattern pattern : patterns) {
      if (pattern.exclusion() != matched) {
        continue;
      }
      boolean match = pattern.matches(file) || anyParentMatches(pattern, parents);
      if (match) {
        matched = !pattern.exclusion();
      }
    }
    return matched;
  }

  /**
   * The walk's form: decides {@code file} knowing which patterns matched its parent directory
   * ({@link MatchInfo#NONE} at the top or when unknown). The returned info is what the file's
   * children need.
   */
  public Decision decide(String file, MatchInfo parent) {
    boolean[] parentMatched = parent.matched;
    if (parentMatched.length != 0 && parentMatched.length != patterns.size()) {
      throw new IllegalArgumentException("wrong number of values in parent match info");
    }
    boolean[] mine = new boolean[patterns.size()];
    boolean matched = false;
    for (int i = 0; i < patterns.size(); i++) {
      IgnorePattern pattern = patterns.get(i);
      boolean match = parentMatched.length != 0 && parentMatched[i];
      if (!match) {
        if (pattern.exclusion() != matched) {
          continue;
        }
        match = pattern.matches(file);
        if (!match && parentMatched.length == 0) {
          String dir = dir(file);
          match = !dir.equals(".") && anyParentMatches(pattern, prefixes(dir));
        }
      }
      mine[i] = match;
      if (match) {
        matched = !pattern.exclusion();
      }
    }
    return new Decision(matched, new MatchInfo(mine));
  }

  /**
   * Whether an exception pattern could take back something inside the excluded directory
   * {@code dir}, so the walk must enter it. Moby compares the exception's text as a prefix, so
   * {@code !**}{@code /keep.txt} does not reach into an excluded directory, and neither does this.
   */
  public boolean exceptionMayReachInto(String dir) {
    String dirSlash = dir + "/";
    for (IgnorePattern pattern : patterns) {
      if (pattern.exclusion() && (pattern.text() + "/").startsWith(dirSlash)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyParentMatches(IgnorePattern pattern, List<String> parents) {
    for (String parent : parents) {
      if (pattern.matches(parent)) {
        return true;
      }
    }
    return false;
  }

  /** Go's {@code filepath.Dir} on a slash path: {@code a/b/c} gives {@code a/b}, {@code c} gives {@code .}. */
  private static String dir(String path) {
    int slash = path.lastIndexOf('/');
    return GoPaths.clean(slash < 0 ? "" : path.substring(0, slash + 1));
  }

  /** {@code a/b} gives {@code a}, {@code a/b}: each leading run of its slash-separated parts. */
  private static List<String> prefixes(String dir) {
    List<String> out = new ArrayList<>();
    int slash = dir.indexOf('/');
    while (slash >= 0) {
      out.add(dir.substring(0, slash));
      slash = dir.indexOf('/', slash + 1);
    }
    out.add(dir);
    return out;
  }

  /** Which patterns matched a directory; handed to its children during a walk. */
  public static final class MatchInfo {
    public static final MatchInfo NONE = new MatchInfo(new boolean[0]);
    private final boolean[] matched;

    private MatchInfo(boolean[] matched) {
      this.matched = matched;
    }
  }

  /** The outcome for one path: excluded or not, and the info its children need. */
  public record Decision(boolean excluded, MatchInfo info) {}
}
