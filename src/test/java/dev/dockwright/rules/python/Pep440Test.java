package dev.dockwright.rules.python;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Pep440Test {

  private static Pep440.Version v(String text) {
    return Pep440.Version.parse(text).orElseThrow();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      ">=3.10          | 3.12.1 | true",
      ">=3.10          | 3.9.18 | false",
      ">=3.10,<3.13    | 3.13.0 | false",
      ">=3.10, <3.13   | 3.12.9 | true",
      "==3.12          | 3.12.0 | true",
      "==3.12          | 3.12.1 | false",
      "==3.12.*        | 3.12.7 | true",
      "==3.12.*        | 3.13.0 | false",
      "!=3.12.0        | 3.12.0 | false",
      "!=3.12.*        | 3.11.4 | true",
      "~=3.10          | 3.13.0 | true",
      "~=3.10          | 4.0    | false",
      "~=3.10.2        | 3.10.1 | false",
      "~=3.10.2        | 3.11.0 | false",
      ">3.11           | 3.11.0 | false",
      "<=3.11          | 3.11.0 | true",
      "''              | 3.8.0  | true",
  })
  void pep440Specifiers(String spec, String version, boolean admitted) {
    assertThat(Pep440.parse(spec).orElseThrow().admits(v(version))).isEqualTo(admitted);
  }

  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "^3.10           ; 3.12.0 ; true",
      "^3.10           ; 4.0.0  ; false",
      "^3.10           ; 3.9.0  ; false",
      "^0.5            ; 0.6.0  ; false",
      "~3.11           ; 3.12.0 ; false",
      "~3.11           ; 3.11.9 ; true",
      "3.12            ; 3.12.0 ; true",
      "*               ; 2.7.0  ; true",
      ">=3.8 <3.11     ; 3.11.0 ; false",
      "~3.8 || ^3.12   ; 3.12.2 ; true",
      "~3.8 || ^3.12   ; 3.10.0 ; false",
  })
  void poetryConstraints(String spec, String version, boolean admitted) {
    assertThat(Pep440.parsePoetry(spec).orElseThrow().admits(v(version))).isEqualTo(admitted);
  }

  @Test
  void someOfTheMinorsPatches() {
    assertThat(Pep440.parse(">=3.11.4").orElseThrow().admitsSomePatchOf(3, 11)).isTrue();
    assertThat(Pep440.parse(">=3.12").orElseThrow().admitsSomePatchOf(3, 11)).isFalse();
    assertThat(Pep440.parse("<3.11.1").orElseThrow().admitsSomePatchOf(3, 11)).isTrue();
    assertThat(Pep440.parse(">3.11.3,<3.11.5").orElseThrow().admitsSomePatchOf(3, 11)).isTrue();
    assertThat(Pep440.parse("!=3.11.*").orElseThrow().admitsSomePatchOf(3, 11)).isFalse();
    assertThat(Pep440.parse("==3.11.2").orElseThrow().admitsSomePatchOf(3, 11)).isTrue();
  }

  @Test
  void versionsAndBadInput() {
    assertThat(v("3.12")).isEqualByComparingTo(v("3.12.0"));
    assertThat(v("3.12.0rc1").toString()).isEqualTo("3.12.0");
    assertThat(Pep440.parse(">=three")).isEmpty();
    assertThat(Pep440.parse("^3.10")).isEmpty();
    assertThat(Pep440.Version.parse("system")).isEmpty();
  }
}
