package dev.dockwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.testsupport.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * hadolint's own test cases: every implemented rule agrees with hadolint on at least 98 % of its
 * cases (deliberate differences documented in {@code docs/hadolint-differences.md} count as
 * agreeing). Rules not implemented yet are reported by {@code main}, not asserted, so the build
 * stays green while the catalog grows. Skipped when the shared data is absent.
 */
class HadolintConformanceTest {

  @TestFactory
  Stream<DynamicTest> everyImplementedRuleAgreesWithHadolint() {
    List<HadolintCase> cases = HadolintCase.load(SharedData.require(HadolintConformance.CASES));
    List<HadolintConformance.Tally> tallies = HadolintConformance.builtin().runAll(cases);
    // The same report as main: scripts/conformance picks these lines out of the test output.
    HadolintConformance.report(tallies, false).forEach(System.out::println);
    List<DynamicTest> tests = new ArrayList<>();
    for (HadolintConformance.Tally t : tallies) {
      if (!t.implemented()) {
        continue;
      }
      tests.add(DynamicTest.dynamicTest(t.rule() + " agrees on >= 98% of its cases", () ->
          assertThat(t.agreement())
              .as("%s agrees on %d/%d cases; disagreeing (run HadolintConformance -v %s):%n%s",
                  t.rule(), t.passing(), t.total(), t.rule(), describe(t.failures()))
              .isGreaterThanOrEqualTo(HadolintConformance.THRESHOLD)));
    }
    return tests.stream();
  }

  @Test
  void documentedDifferencesNameRealCases() {
    List<HadolintCase> cases = HadolintCase.load(SharedData.require(HadolintConformance.CASES));
    Set<String> ids = cases.stream().map(HadolintCase::id).collect(Collectors.toSet());
    assertThat(HadolintDifferences.ofProject().reasons().keySet())
        .as("case ids in %s", HadolintDifferences.DOCUMENT).isSubsetOf(ids);
    assertThat(HadolintDifferences.ofProject().reasons().values())
        .as("every difference gives its reason").allMatch(r -> !r.isBlank());
  }

  private static String describe(List<HadolintConformance.Outcome> failures) {
    return failures.stream().map(o -> "  " + o.testCase().id() + " (got " + o.counted() + ") "
        + o.testCase().where()).collect(Collectors.joining("\n"));
  }
}
