package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsistentInstructionCasingTest {

  private final RuleTester tester = RuleTester.of(new ConsistentInstructionCasing());

  @Test
  void keywordsOutsideTheMajorityCaseAreReported() {
    List<Finding> findings = tester.check("""
        FROM alpine
        # expect: ConsistentInstructionCasing
        run echo hello > /greeting.txt
        # expect: ConsistentInstructionCasing
        EntRYpOiNT ["cat", "/greeting.txt"]
        CMD ["x"]
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Command 'run' should match the case of the command majority (uppercase)",
        "Command 'EntRYpOiNT' should match the case of the command majority (uppercase)");
  }

  @Test
  void lowerCaseMajorityWins() {
    tester.check("""
        # expect: ConsistentInstructionCasing "majority (lowercase)"
        FROM alpine
        copy a /a
        copy b /b
        """);
  }

  @Test
  void aTieCountsAsUppercase() {
    tester.check("""
        FROM alpine
        # expect: ConsistentInstructionCasing "(uppercase)"
        run true
        """);
  }

  @Test
  void consistentFilesAreFine() {
    tester.checkClean("FROM alpine\nRUN true\nCMD [\"sh\"]\n");
    tester.checkClean("from alpine\nrun true\ncmd [\"sh\"]\n");
  }

  @Test
  void argsBeforeTheFirstFromAreNotCountedOrChecked() {
    tester.checkClean("""
        arg VERSION=1
        Arg OTHER=2
        FROM alpine
        RUN true
        """);
  }

  @Test
  void fixRewritesKeywordsInTheMajorityCase() {
    assertThat(tester.applyFixes("From alpine\nRun a\nCOPY a b\nCMD x\n"))
        .isEqualTo("FROM alpine\nRUN a\nCOPY a b\nCMD x\n");
  }
}
