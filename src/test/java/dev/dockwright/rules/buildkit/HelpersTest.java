package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's small Go helpers as re-implemented here: suggestions, platforms, quoting. */
class HelpersTest {

  @Test
  void suggestPicksTheClosestOptionUnderThreeEdits() {
    assertThat(Suggest.search("BULIDPLATFORM", List.of("TARGETPLATFORM", "BUILDPLATFORM"), true))
        .contains("BUILDPLATFORM");
    assertThat(Suggest.search("MYARCH", List.of("MY_OS", "MY_ARCH"), true)).contains("MY_ARCH");
    assertThat(Suggest.search("abcdef", List.of("xyz"), true)).isEmpty();
    // an exact match means the name was not the problem
    assertThat(Suggest.search("PATH", List.of("PAT", "PATH"), true)).isEmpty();
    assertThat(Suggest.search("runn", List.of("ADD", "RUN"), false)).contains("run");
    assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void platformsParseAndNormalize() throws Exception {
    assertThat(Platforms.parse("linux/amd64").format()).isEqualTo("linux/amd64");
    assertThat(Platforms.parse("Linux/x86_64").format()).isEqualTo("linux/amd64");
    assertThat(Platforms.parse("linux/aarch64").format()).isEqualTo("linux/arm64");
    assertThat(Platforms.parse("linux/arm").format()).isEqualTo("linux/arm");
    assertThat(Platforms.parse("linux/arm/v6").format()).isEqualTo("linux/arm/v6");
    assertThat(Platforms.parse("arm64").format()).isEqualTo("linux/arm64");
    assertThat(Platforms.parse("windows").format()).isEqualTo("windows/amd64");
    assertThatThrownBy(() -> Platforms.parse("linux/")).hasMessage("\"\" is an invalid component"
        + " of \"linux/\": platform specifier component must match \"^[A-Za-z0-9_.-]+$\": invalid"
        + " argument");
    assertThatThrownBy(() -> Platforms.parse("nonsense"))
        .hasMessage("\"nonsense\": unknown operating system or architecture: invalid argument");
  }

  @Test
  void goQuoting() {
    assertThat(Go.quote("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\n\"");
    assertThat(Go.quote("é")).isEqualTo("\"é\"");
    assertThat(Go.quote("\u0001")).isEqualTo("\"\\x01\"");
  }
}
