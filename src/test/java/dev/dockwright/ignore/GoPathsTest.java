package dev.dockwright.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoPathsTest {
  /** Cases from Go's path.Clean documentation and tests. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "''|.", "abc|abc", "abc/def|abc/def", "a/b/c|a/b/c", ".|.", "..|..", "../..|../..",
      "../../abc|../../abc", "/abc|/abc", "/|/", "abc/|abc", "abc/def/|abc/def", "a/b/c/|a/b/c",
      "./|.", "../|..", "//abc|/abc", "///abc|/abc", "//abc//|/abc", "abc//def//ghi|abc/def/ghi",
      "abc/./def|abc/def", "/./abc/def|/abc/def", "abc/.|abc", "abc/def/ghi/../jkl|abc/def/jkl",
      "abc/def/../ghi/../jkl|abc/jkl", "abc/def/..|abc", "abc/def/../..|.", "/abc/def/../..|/",
      "abc/def/../../..|..", "/abc/def/../../..|/", "abc/def/../../../ghi/jkl/../../../mno|../../mno",
      "abc/./../def|def", "abc//./../def|def", "abc/../../././../def|../../def", "!./foo|!./foo",
      "./a//b/../c/|a/c", "/../x|/x", "../x|../x"})
  void cleansAsGoDoes(String in, String out) {
    assertThat(GoPaths.clean(in)).isEqualTo(out);
  }
}
