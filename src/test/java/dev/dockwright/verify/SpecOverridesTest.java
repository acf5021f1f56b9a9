package dev.dockwright.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.verify.spec.RuntimeSpec;
import dev.dockwright.verify.spec.VerifySpec;
import dev.dockwright.verify.spec.VerifySpecParser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SpecOverridesTest {
  private static final VerifySpec FILE = VerifySpecParser.parse("""
      image:
        size: 800MB
      runtime:
        healthyWithin: 45s
        probes: [{path: /ready, status: 204}]
        concurrency: {requests: 3, path: /x}
        writable: [/app/data]
        env: {A: "1"}
        stopWithin: 5s
      """, "dockwright-verify.yaml", Path.of("."));

  @Test
  void nothingGivenChangesNothing() {
    assertThat(SpecOverrides.NONE.apply(FILE)).isEqualTo(FILE);
  }

  @Test
  void flagsWinOverTheSpecAndListsAddUp() {
    SpecOverrides flags = new SpecOverrides(OptionalLong.of(500_000_000L), Optional.of(false), Optional.of(Duration.ofSeconds(30)),
        List.of(), OptionalInt.empty(), Optional.of("1000"), List.of("/tmp", "/app/data"), true, Optional.empty(),
        OptionalInt.of(7860), Map.of("B", "2"), false);
    VerifySpec s = flags.apply(FILE);
    assertThat(s.image().size().orElseThrow().maxBytes()).isEqualTo(500_000_000L);
    assertThat(s.image().nonRoot()).isFalse();
    RuntimeSpec r = s.runtime();
    assertThat(r.nonRoot()).isFalse();
    assertThat(r.healthyWithin()).hasValue(Duration.ofSeconds(30));
    assertThat(r.probes()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("/ready"));
    assertThat(r.concurrency().orElseThrow().path()).isEqualTo("/x");
    assertThat(r.runAs()).hasValue("1000");
    assertThat(r.writable()).containsExactly("/app/data", "/tmp");
    assertThat(r.readOnlyRootfs()).isTrue();
    assertThat(r.stopWithin()).hasValue(Duration.ofSeconds(5));
    assertThat(r.port()).hasValue(7860);
    assertThat(r.env()).containsEntry("A", "1").containsEntry("B", "2");
  }

  @Test
  void probesFromFlagsReplaceTheSpecsAndConcurrencyFollowsTheFirst() {
    SpecOverrides flags = new SpecOverrides(OptionalLong.empty(), Optional.empty(), Optional.empty(),
        List.of(SpecOverrides.probe("/health", 200)), OptionalInt.of(4), Optional.empty(), List.of(), false,
        Optional.empty(), OptionalInt.empty(), Map.of(), false);
    RuntimeSpec r = flags.apply(VerifySpec.defaults()).runtime();
    assertThat(r.probes()).extracting(RuntimeSpec.HttpProbe::path).containsExactly("/health");
    assertThat(r.concurrency()).hasValue(new RuntimeSpec.Concurrency(4, "/health", 200));
    assertThat(r.healthyWithin()).hasValue(RuntimeSpec.DEFAULT_HEALTHY_WITHIN);
  }

  @Test
  void noRuntimeStartsNoContainer() {
    SpecOverrides flags = new SpecOverrides(OptionalLong.empty(), Optional.empty(), Optional.empty(), List.of(),
        OptionalInt.empty(), Optional.empty(), List.of(), false, Optional.empty(), OptionalInt.empty(), Map.of(), true);
    assertThat(flags.apply(FILE).runtime().needsContainer()).isFalse();
    assertThat(flags.apply(FILE).image()).isEqualTo(FILE.image());
  }
}
