package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IgnorePragmaTest {

  @Test
  void hadolintSyntaxUnderBothNames() {
    assertThat(IgnorePragma.parse("hadolint ignore=DL3008,DL3015"))
        .contains(new IgnorePragma(false, List.of("DL3008", "DL3015")));
    assertThat(IgnorePragma.parse("  dockwright   ignore = DW0001 ,\tJSONArgsRecommended  "))
        .contains(new IgnorePragma(false, List.of("DW0001", "JSONArgsRecommended")));
    assertThat(IgnorePragma.parse("hadolint global ignore=DL3007"))
        .contains(new IgnorePragma(true, List.of("DL3007")));
    assertThat(IgnorePragma.parse("hadolint ignore=DL3008 # we pin by digest"))
        .contains(new IgnorePragma(false, List.of("DL3008")));
    assertThat(IgnorePragma.parse("hadolint stage ignore=DL3011,DL3002"))
        .contains(new IgnorePragma(IgnorePragma.Extent.STAGE, List.of("DL3011", "DL3002")));
  }

  @Test
  void notPragmas() {
    for (String comment : List.of("", "hadolint", "hadolint ignore=", "hadolintignore=DL3008",
        "hadolint ignore DL3008", "hadolint globalignore=DL3008", "hadolint stageignore=DL3008", "please hadolint ignore=DL3008",
        "hadolint ignore=DL3008 and more", "hadolint ignore=DL3008,", "eslint ignore=x",
        "hadolint shell=bash")) {
      assertThat(IgnorePragma.parse(comment)).as(comment).isEqualTo(Optional.empty());
    }
  }
}
