package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VersionConstraintTest {

  @ParameterizedTest(name = "{0} (poetry={1}) -> {2}")
  @CsvSource(delimiter = ';', value = {
      ">=3.9; false; 3.14",
      ">=3.9,<3.13; false; 3.12",
      ">=3.10, <3.12; false; 3.11",
      "~=3.11; false; 3.14",
      "~=3.11.2; false; 3.11",
      "==3.12.*; false; 3.12",
      "==3.11; false; 3.11",
      "<3.11.4,>=3.10; false; 3.11",
      ">3.12; false; 3.14",
      "!=3.14.*,>=3.9; false; 3.13",
      "^3.10; true; 3.14",
      "~3.11; true; 3.11",
      ">=3.9 <3.12; true; 3.11",
      "3.10; true; 3.10",
      "3.10.* || 3.12.*; true; 3.12",
      ">=3.8,<3.11; true; 3.10",
      "*; true; 3.14",
  })
  void picksTheNewestMatchingMinor(String spec, boolean poetry, String expected) {
    assertThat(PythonVersions.newestMatching(VersionConstraint.parse(spec, poetry)))
        .contains(expected);
  }

  @Test
  void nothingMatchesOutsideTheKnownList() {
    assertThat(PythonVersions.newestMatching(VersionConstraint.parse("<3.9", false))).isEmpty();
    assertThat(PythonVersions.newestMatching(VersionConstraint.parse(">=3.15", false))).isEmpty();
  }

  @Test
  void rejectsMalformedAndForeignSyntax() {
    assertThatThrownBy(() -> VersionConstraint.parse("^3.10", false))
        .hasMessageContaining("Poetry syntax");
    assertThatThrownBy(() -> VersionConstraint.parse("3.10", false))
        .hasMessageContaining("missing operator");
    assertThatThrownBy(() -> VersionConstraint.parse(">=three", false))
        .hasMessageContaining("not a version constraint");
  }

  @Test
  void minorOfReadsPinsInTheirUsualSpellings() {
    assertThat(PythonVersions.minorOf("3.11.4")).contains("3.11");
    assertThat(PythonVersions.minorOf("python-3.12.1")).contains("3.12");
    assertThat(PythonVersions.minorOf("3.13")).contains("3.13");
    assertThat(PythonVersions.minorOf("pypy3.10")).isEmpty();
    assertThat(PythonVersions.minorOf("2.7")).isEmpty();
  }
}
