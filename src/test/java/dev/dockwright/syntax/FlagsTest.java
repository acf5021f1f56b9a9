package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlagsTest {

  @Test
  void flagsHaveNameValueAndRanges() {
    String text = "FROM a\nCOPY --from=build --chown=\"app:app\" --link src/ /app/\n";
    Instruction copy = last(text);
    assertThat(copy.flags()).extracting(Flag::text).containsExactly("--from=build", "--chown=app:app", "--link");
    Flag chown = copy.flag("chown").orElseThrow();
    assertThat(chown.value()).contains("app:app");
    assertThat(at(text, chown.range())).isEqualTo("--chown=\"app:app\"");
    assertThat(at(text, chown.valueRange().orElseThrow())).isEqualTo("\"app:app\"");
    assertThat(copy.flag("link").orElseThrow().value()).isEmpty();
    assertThat(copy.flag("link").orElseThrow().valueRange()).isEmpty();
    assertThat(copy.flag("parents")).isEmpty();
    assertThat(((Arguments.Words) copy.arguments()).words()).extracting(Token::value).containsExactly("src/", "/app/");
  }

  @Test
  void everyBuildkitFlagIsRead() {
    String text = """
        FROM --platform=$BUILDPLATFORM a
        RUN --mount=type=secret,id=x --network=none --security=insecure true
        ADD --keep-git-dir=true --checksum=sha256:0 --chmod=644 --exclude=*.md --parents x /y
        HEALTHCHECK --interval=5s --timeout=3s --start-period=1s --start-interval=1s --retries=3 CMD true
        """;
    var names = instructions(text).stream().flatMap(i -> i.flags().stream()).map(Flag::name).toList();
    assertThat(names).containsExactly("platform", "mount", "network", "security", "keep-git-dir",
        "checksum", "chmod", "exclude", "parents", "interval", "timeout", "start-period",
        "start-interval", "retries");
  }

  @Test
  void bareDoubleDashEndsFlagsAndIsDropped() {
    assertThat(dump("COPY --doit=true -- --not-a-flag /tmp/\n")).isEqualTo("(copy [\"--doit=true\"] \"--not-a-flag\" \"/tmp/\")\n");
    assertThat(dump("CMD --doit -- [ ]\n")).isEqualTo("(cmd [\"--doit\"])\n");
  }

  @Test
  void unknownFlagsAreKeptAndWordsAfterTheFirstNonFlagAreArguments() {
    Instruction run = last("RUN --frobnicate=1 echo --not-a-flag\n");
    assertThat(run.flags()).extracting(Flag::name).containsExactly("frobnicate");
    assertThat(((Arguments.Shell) run.arguments()).command().value()).isEqualTo("echo --not-a-flag");
  }

  @Test
  void escapesInFlagsApplyAndQuotesGroup() {
    Instruction copy = last("COPY --chown=a\\ b \"--x=1\" c\n");
    assertThat(copy.flags()).extracting(Flag::text).containsExactly("--chown=a b");
    assertThat(copy.flag("chown").flatMap(Flag::value)).isEqualTo(Optional.of("a b"));
  }

  @Test
  void nonAsciiFlagTextIsReadAsBuildkitReadsIt() {
    // BuildKit scans flags byte by byte: é (C3 A9) becomes "Ã©"
    String text = "COPY --from=é x y\n";
    Instruction copy = last(text);
    assertThat(copy.flags().get(0).text()).isEqualTo("--from=\u00c3\u00a9");
    assertThat(at(text, copy.flags().get(0).range())).isEqualTo("--from=é");
  }

  @Test
  void noBreakSpaceEndsAFlagInMidCharacterAsInBuildkit() {
    // NBSP is C2 A0; BuildKit's byte scan takes A0 for a blank and keeps C2 (as "Â") in the flag
    Instruction copy = last("COPY --from=a\u00a0b c\n");
    assertThat(copy.flags()).extracting(Flag::text).containsExactly("--from=a\u00c2");
    assertThat(((Arguments.Words) copy.arguments()).words()).extracting(Token::value).containsExactly("b", "c");
  }
}
