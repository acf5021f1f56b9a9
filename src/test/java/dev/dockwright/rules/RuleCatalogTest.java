package dev.dockwright.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.RuleTester;
import dev.dockwright.testsupport.ShellCheckSupport;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every built-in rule is documented, and its documentation examples are true: the bad example
 * triggers the rule, the good one does not.
 */
class RuleCatalogTest {

  private static final RuleRegistry REGISTRY = BuiltinRules.registry();

  @TestFactory
  Stream<DynamicTest> documentationExamplesTriggerAndDoNotTrigger() {
    return REGISTRY.entries().stream().map(entry -> DynamicTest.dynamicTest(
        entry.info().code() + " " + entry.info().name(), () -> {
          if (entry.info().origin() == Origin.SHELLCHECK) {
            ShellCheckSupport.require(); // its examples need the real shellcheck
          }
          RuleTester.of(entry.rule()).checkDocumentationExamples();
        }));
  }

  @Test
  void everyRuleIsFullyDocumentedAndCodesAreUnique() {
    Set<String> codes = new HashSet<>();
    for (RuleRegistry.Entry entry : REGISTRY.entries()) {
      RuleInfo info = entry.info();
      assertThat(codes.add(info.code())).as("duplicate code %s", info.code()).isTrue();
      assertThat(info.summary()).as(info.code() + " summary").isNotBlank();
      assertThat(info.rationale()).as(info.code() + " rationale").isNotBlank();
      assertThat(info.bad()).as(info.code() + " bad example").isNotBlank();
      assertThat(info.good()).as(info.code() + " good example").isNotBlank();
      if (!info.fix().isBlank()) {
        assertThat(info.fixSafety()).as(info.code() + " fix safety")
            .isNotEqualTo(dev.dockwright.lint.FixSafety.NONE);
      }
    }
  }
}
