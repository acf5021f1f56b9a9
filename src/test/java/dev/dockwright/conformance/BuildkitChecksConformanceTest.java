package dev.dockwright.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.testsupport.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's build-check test cases through {@link BuildkitChecksConformance}: every case must
 * match (rules, details, checked lines, check error), except the deliberate differences listed
 * with their reasons; and at least 98 % must match overall. Skipped without the shared data.
 */
class BuildkitChecksConformanceTest {

  /** Cases where dockwright knowingly differs from BuildKit, with why. None at the moment. */
  private static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

  @TestFactory
  Stream<DynamicTest> everyCaseGivesBuildkitsWarningsAndError() throws IOException {
    List<BuildkitChecksConformance.Case> cases =
        BuildkitChecksConformance.load(SharedData.require(BuildkitChecksConformance.CASES));
    List<BuildkitChecksConformance.Outcome> outcomes =
        cases.stream().map(BuildkitChecksConformance::run).toList();
    List<DynamicTest> tests = new ArrayList<>();
    for (BuildkitChecksConformance.Outcome o : outcomes) {
      String id = o.testCase().id();
      tests.add(DynamicTest.dynamicTest(id, () -> {
        if (!KNOWN_DIFFERENCES.containsKey(id)) {
          assertThat(o.differences()).as("%s\n%s", id, o.testCase().dockerfile()).isEmpty();
        }
      }));
    }
    long matching = outcomes.stream().filter(BuildkitChecksConformance.Outcome::matches).count();
    tests.add(DynamicTest.dynamicTest("at least 98% of cases match", () -> {
      assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
      assertThat(matching * 100).isGreaterThanOrEqualTo(98L * outcomes.size());
    }));
    System.out.printf("buildkit-checks %d/%d%n", matching, outcomes.size());
    return tests.stream();
  }
}
