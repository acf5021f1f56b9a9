package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** BuildKit's ParseLintOptions and the merge of per-instruction check comments. */
class CheckOptionsTest {

  private static RuleInfo buildkit(String name, boolean experimental) {
    return new RuleInfo(name, name, Severity.WARNING, Origin.BUILDKIT, "", "", "", "", "",
        FixSafety.NONE, experimental, "");
  }

  private static final RuleInfo HADOLINT = new RuleInfo("DL3008", "AptPin", Severity.WARNING,
      Origin.HADOLINT, "", "", "", "", "", FixSafety.NONE, false, "");

  @Test
  void parsesEveryOption() throws Exception {
    CheckOptions o = CheckOptions.parse(" skip = A, B ;experimental=C;error=true ");
    assertThat(o.skip()).containsExactlyInAnyOrder("A", "B");
    assertThat(o.experimental()).containsExactly("C");
    assertThat(o.error()).isTrue();
    assertThat(CheckOptions.parse("skip=all").skipAll()).isTrue();
    assertThat(CheckOptions.parse("experimental=all").experimentalAll()).isTrue();
    assertThat(CheckOptions.parse("")).isEqualTo(CheckOptions.NONE);
    assertThat(CheckOptions.parse("error=1").error()).isTrue();
    assertThat(CheckOptions.parse("error=False").error()).isFalse();
  }

  @Test
  void aFourthOptionStaysGluedToTheThirdAsInBuildKit() throws Exception {
    CheckOptions o = CheckOptions.parse("error=false;skip=A;experimental=B;skip=C");
    assertThat(o.experimental()).containsExactly("B;skip=C");
    assertThat(o.skip()).containsExactly("A");
  }

  @Test
  void rejectsWhatBuildKitRejects() {
    assertThatThrownBy(() -> CheckOptions.parse("skip"))
        .hasMessage("invalid check option \"skip\"");
    assertThatThrownBy(() -> CheckOptions.parse("skipp=A"))
        .hasMessage("invalid check option \"skipp\"");
    assertThatThrownBy(() -> CheckOptions.parse("error=yes")).hasMessage(
        "failed to parse check option \"error=yes\": strconv.ParseBool: parsing \"yes\": invalid"
            + " syntax");
  }

  @Test
  void enablesFollowsBuildKitsLinterRun() throws Exception {
    RuleInfo casing = buildkit("StageNameCasing", false);
    RuleInfo experimental = buildkit("InvalidDefinitionDescription", true);
    assertThat(CheckOptions.NONE.enables(casing)).isTrue();
    assertThat(CheckOptions.NONE.enables(experimental)).isFalse();
    assertThat(CheckOptions.parse("skip=StageNameCasing").enables(casing)).isFalse();
    assertThat(CheckOptions.parse("skip=all").enables(casing)).isFalse();
    assertThat(CheckOptions.parse("skip=all").enables(HADOLINT)).isTrue();
    assertThat(CheckOptions.parse("skip=DL3008").enables(HADOLINT)).isFalse();
    assertThat(CheckOptions.parse("skip=AptPin").enables(HADOLINT)).isFalse();
    CheckOptions both = CheckOptions.parse("experimental=InvalidDefinitionDescription;skip=all");
    assertThat(both.enables(experimental)).isTrue();
    assertThat(CheckOptions.parse("experimental=all").enables(experimental)).isTrue();
  }

  @Test
  void mergeAddsUpButKeepsTheFilesErrorFlag() throws Exception {
    CheckOptions file = CheckOptions.parse("skip=A;error=true");
    CheckOptions merged = file.merge(CheckOptions.parse("skip=B;experimental=C;error=false"));
    assertThat(merged.skip()).containsExactlyInAnyOrder("A", "B");
    assertThat(merged.experimental()).containsExactly("C");
    assertThat(merged.error()).isTrue();
    assertThat(CheckOptions.NONE.merge(CheckOptions.parse("error=true")).error()).isFalse();
  }
}
