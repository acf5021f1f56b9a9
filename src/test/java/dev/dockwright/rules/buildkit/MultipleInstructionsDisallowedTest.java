package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultipleInstructionsDisallowedTest {

  private final RuleTester tester = RuleTester.of(new MultipleInstructionsDisallowed());

  @Test
  void theOverriddenInstructionIsReportedNamedAsTheLaterOne() {
    List<Finding> findings = tester.check("""
        FROM alpine
        # expect: MultipleInstructionsDisallowed
        ENTRYPOINT ["echo", "Hello, Norway!"]
        # expect: MultipleInstructionsDisallowed
        CMD ["a"]
        entrypoint ["echo", "Hello, Sweden!"]
        # expect: MultipleInstructionsDisallowed
        HEALTHCHECK NONE
        CMD ["b"]
        HEALTHCHECK CMD ["true"]
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Multiple entrypoint instructions should not be used in the same stage because only the"
            + " last one will be used",
        "Multiple CMD instructions should not be used in the same stage because only the last"
            + " one will be used",
        "Multiple HEALTHCHECK instructions should not be used in the same stage because only the"
            + " last one will be used");
  }

  @Test
  void oneOfEachIsFine() {
    tester.checkClean("""
        FROM python:alpine
        HEALTHCHECK --interval=1s CMD ["curl", "-f", "http://localhost:8080"]
        ENTRYPOINT ["python"]
        CMD ["-m", "http.server", "8080"]
        """);
  }

  @Test
  void overridingAParentStageIsFine() {
    tester.checkClean("""
        FROM scratch AS a
        CMD ["/a"]
        FROM a AS b
        CMD ["/b"]
        """);
  }

  @Test
  void threeInOneStageReportTheFirstTwo() {
    tester.check("""
        FROM alpine
        # expect: MultipleInstructionsDisallowed
        CMD ["1"]
        # expect: MultipleInstructionsDisallowed
        CMD ["2"]
        CMD ["3"]
        """);
  }
}
