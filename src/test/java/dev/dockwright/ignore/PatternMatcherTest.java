package dev.dockwright.ignore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matcher against the behaviour of moby/patternmatcher (the expectations below are what Docker
 * does; several are surprising on purpose). The lint's CopyIgnoredFile and the engine's build
 * context both match with it.
 */
class PatternMatcherTest {

  /** pattern, path, matches exactly, matches the path or a parent directory. */
  static Stream<Arguments> singlePatterns() {
    return Stream.of(
        Arguments.of("**", "file", true, true),
        Arguments.of("**", "dir/file", true, true),
        Arguments.of("**/", "file", true, true),
        Arguments.of("**/**", "dir/file", true, true),
        Arguments.of("dir/**", "dir/file", true, true),
        Arguments.of("dir/**", "dir/dir2/file", true, true),
        Arguments.of("**/dir", "dir", true, true),
        // matches only through the parent directory
        Arguments.of("**/dir", "dir/file", false, true),
        Arguments.of("**/dir2/*", "dir/dir2/file", true, true),
        Arguments.of("**/dir2/**", "dir/dir2/dir3/file", true, true),
        Arguments.of("**file", "file", true, true),
        Arguments.of("**file", "dir/dir/file", true, true),
        Arguments.of("**file", "dir/profile", true, true),
        Arguments.of("**/file", "dir/profile", false, false),
        Arguments.of("**/file*.txt", "dir/dir/file.txt", true, true),
        Arguments.of("**/**/*.txt2", "dir/dir/file.txt", false, false),
        Arguments.of("**/*.txt", "file.txt", true, true),
        Arguments.of("a**/*.txt", "a/dir/dir/file.txt", true, true),
        Arguments.of("a/*.txt", "a/dir/file.txt", false, false),
        Arguments.of("a/*.txt", "a/file.txt", true, true),
        Arguments.of("a/*.txt**", "a/file.txt", true, true),
        Arguments.of("a[b-d]e", "ace", true, true),
        Arguments.of("a[b-d]e", "aae", false, false),
        Arguments.of("a[^b-d]e", "aze", true, true),
        Arguments.of(".*", ".foo", true, true),
        Arguments.of(".*", "foo", false, false),
        Arguments.of("abc.def", "abcZdef", false, false),
        Arguments.of("abc?def", "abcZdef", true, true),
        Arguments.of("abc?def", "abc/def", false, false),
        Arguments.of("**/foo/bar", "foo/bar", true, true),
        Arguments.of("**/foo/bar", "dir/dir2/foo/bar", true, true),
        // a trailing /** does not match the directory itself
        Arguments.of("abc/**", "abc", false, false),
        Arguments.of("abc/**", "abc/def/ghi", true, true),
        Arguments.of("**/.foo", "bar.foo", false, false),
        Arguments.of("a(b)c/def", "a(b)c/def", true, true),
        Arguments.of("a.|)$(}+{bc", "a.|)$(}+{bc", true, true),
        Arguments.of("dist/*.whl", "dist/proxy.py-2.4.0rc3.dev36+g08acad9-py3-none-any.whl", true, true),
        Arguments.of("a\\*b", "a*b", true, true),
        Arguments.of("a\\*b", "axb", false, false),
        Arguments.of("a*", "ab/c", false, true),
        Arguments.of("a*/b", "a/c/b", false, false),
        Arguments.of("a*b*c*d*e*/f", "axbxcxdxexxx/f", true, true),
        Arguments.of("a*b?c*x", "abxbbxdbxebxczzx", true, true),
        Arguments.of("ab[^c]", "abc", false, false),
        Arguments.of("a?b", "a\u263Ab", true, true),
        Arguments.of("a???b", "a\u263Ab", false, false),
        Arguments.of("[a-\u03B6]*", "\u03B1", true, true),
        Arguments.of("[\\]a]", "]", true, true),
        Arguments.of("[x\\-]", "-", true, true),
        Arguments.of("[x\\-]", "z", false, false),
        // brackets go into the regex as RE2 reads them: "[" and "&" are literal inside a class
        Arguments.of("[[]x", "[x", true, true),
        Arguments.of("[a&&b]", "&", true, true),
        Arguments.of("[[:digit:]]", "7", true, true),
        // patterns are cleaned: "." elements, "..", repeated and trailing slashes
        Arguments.of("./docs/", "docs/a.md", false, true),
        Arguments.of("a/../b", "b", true, true),
        Arguments.of("a//b", "a/b", true, true),
        Arguments.of("node_modules", "node_modules/x/y/z.js", false, true),
        Arguments.of("*.pyc", "pkg/mod.pyc", false, false),
        Arguments.of("**/*.pyc", "pkg/mod.pyc", true, true),
        Arguments.of("**/__pycache__", "pkg/__pycache__/mod.cpython-311.pyc", false, true),
        Arguments.of("node_modules", "node_modules", true, true),
        Arguments.of("*.log", "app.log", true, true),
        Arguments.of("*.log", "logs/app.log", false, false),
        Arguments.of("docs/**/*.md", "docs/a/b/c.md", true, true),
        Arguments.of("docs/**/*.md", "docs/c.md", true, true),
        Arguments.of("**/tmp", "src/tmp/x", false, true),
        Arguments.of("**/tmp", "tmp", true, true),
        Arguments.of("**/*\\.bak", "x.bak", true, true),
        Arguments.of("**/*\\.bak", "a/b/x.bak", true, true),
        Arguments.of("weird\\*name", "weird*name", true, true),
        Arguments.of("weird\\*name", "weirdXname", false, false),
        Arguments.of("[ab].txt", "a.txt", true, true),
        Arguments.of("[ab].txt", "c.txt", false, false),
        // Go's regex "." stops only at a newline (the lint's old matcher crossed newlines, the
        // engine's stopped at \r as well)
        Arguments.of("a*/**", "ab/x\ny", false, false),
        Arguments.of("a*/**", "ab/x\ry", true, true),
        // a path under the root: "/" is the parent directory, "" the first part of it
        Arguments.of("*", "/x", false, true));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("singlePatterns")
  void singlePattern(String pattern, String path, boolean exact, boolean orParent) {
    PatternMatcher m = PatternMatcher.of(List.of(pattern));
    assertThat(m.decide(path, lastParentInfo(m, path)).excluded())
        .as("walk with parent results").isEqualTo(orParent);
    assertThat(m.excludes(path)).as("or parent").isEqualTo(orParent);
    assertThat(m.patterns().get(0).matches(path)).as("exact").isEqualTo(exact);
  }

  /** patterns, path, excluded. */
  static Stream<Arguments> patternLists() {
    return Stream.of(
        Arguments.of(List.of("*.go"), "fileutils.go", true),
        Arguments.of(List.of("!fileutils.go", "*.go"), "fileutils.go", true),
        Arguments.of(List.of("*.go", "!fileutils.go"), "fileutils.go", false),
        Arguments.of(List.of("docs", "!docs/README.md"), "docs/README.md", false),
        Arguments.of(List.of("docs/", "!docs/README.md"), "docs/README.md", false),
        Arguments.of(List.of("docs/*", "!docs/README.md"), "docs/README.md", false),
        Arguments.of(List.of("docs", "!docs/README.md"), "docs/other.md", true),
        Arguments.of(List.of("**", "!util/docker/web"), "util/docker/web/foo", false),
        Arguments.of(List.of("**", "!util/docker/web", "util/docker/web/foo"), "util/docker/web/foo", true),
        Arguments.of(List.of("**", "!dist/*.whl"), "dist/x-1.0-py3-none-any.whl", false),
        Arguments.of(List.of("**", "!dist/*.whl"), "dist/x.tar.gz", true),
        // the last matching pattern wins, back and forth
        Arguments.of(List.of("*", "!keep", "keep"), "keep", true),
        Arguments.of(List.of("*", "!keep", "keep", "!keep"), "keep", false),
        // an exception cannot undo an exclusion that is re-applied to the parent afterwards
        Arguments.of(List.of("secrets", "!secrets/public.pem"), "secrets/public.pem", false),
        Arguments.of(List.of("!secrets/public.pem", "secrets"), "secrets/public.pem", true),
        Arguments.of(List.of("*.md", "!README.md"), "CHANGES.md", true),
        Arguments.of(List.of("*.md", "!README.md"), "README.md", false));
  }

  @ParameterizedTest(name = "{0} vs {1}")
  @MethodSource("patternLists")
  void patternList(List<String> patterns, String path, boolean excluded) {
    PatternMatcher m = PatternMatcher.of(patterns);
    assertThat(m.decide(path, lastParentInfo(m, path)).excluded()).as("walk").isEqualTo(excluded);
    assertThat(m.excludes(path)).as("or parent").isEqualTo(excluded);
  }

  /**
   * moby's {@code PatternMatcher.MatchesOrParentMatches}, which BuildKit's CopyIgnoredFile asks
   * about {@code COPY . .}, has no special case for the context root: {@code *} and {@code **}
   * match {@code .}, a pattern naming a file does not. (The engine's old matcher answered no here,
   * like moby's package-level helper; its walk never asks about the root.)
   */
  @Test
  void theContextRootIsMatchedLikeAnyPath() {
    assertThat(PatternMatcher.of(List.of("*")).excludes(".")).isTrue();
    assertThat(PatternMatcher.of(List.of("**")).excludes(".")).isTrue();
    assertThat(PatternMatcher.of(List.of("app.py")).excludes(".")).isFalse();
  }

  @Test
  void malformedPatternsAreRefusedWithMobysWording() {
    for (String bad : List.of("[", "[^", "[^bc", "a[", "[]a]", "[-]", "[x-]", "[-x]", "[a-b-c]", "\\")) {
      assertThatThrownBy(() -> PatternMatcher.of(List.of(bad)))
          .as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("syntax error in pattern");
    }
    assertThatThrownBy(() -> PatternMatcher.of(List.of("!")))
        .hasMessageContaining("illegal exclusion pattern");
  }

  @Test
  void emptyPatternsAreDroppedAndExceptionsReported() {
    PatternMatcher m = PatternMatcher.of(List.of("docs", "", "  !docs/README.md  "));
    assertThat(m.patterns()).extracting(IgnorePattern::toString)
        .containsExactly("docs", "!docs/README.md");
    assertThat(m.hasExclusions()).isTrue();
    assertThat(PatternMatcher.of(List.of("docs")).hasExclusions()).isFalse();
  }

  @Test
  void anExceptionOnlyReachesIntoDirectoriesItNamesAsAPrefix() {
    PatternMatcher m = PatternMatcher.of(List.of("build", "!build/keep.txt", "!**/*.md"));
    assertThat(m.exceptionMayReachInto("build")).isTrue();
    assertThat(m.exceptionMayReachInto("docs")).as("**/*.md is not a prefix of docs/").isFalse();
    assertThat(m.exceptionMayReachInto("buil")).isFalse();
  }

  /** The parent info a walk would hand to {@code path}, computed down from the top. */
  private static PatternMatcher.MatchInfo lastParentInfo(PatternMatcher m, String path) {
    PatternMatcher.MatchInfo info = PatternMatcher.MatchInfo.NONE;
    String[] parts = path.split("/");
    String prefix = "";
    for (int i = 0; i < parts.length - 1; i++) {
      prefix = prefix.isEmpty() ? parts[i] : prefix + "/" + parts[i];
      info = m.decide(prefix, info).info();
    }
    return info;
  }
}
