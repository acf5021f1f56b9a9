package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class UseraddHighUidTest {

  private final RuleTester tester = RuleTester.of(new UseraddHighUid());

  @Test
  void highUidWithoutNoLogInit() {
    tester.check("""
        FROM debian:12
        # expect: DL3046 "123456"
        RUN useradd -u 123456 app
        # expect: DL3046
        RUN groupadd -g 200000 app && useradd --uid 200000 -g app app
        # expect: DL3046
        ONBUILD RUN sudo useradd -u 1000000 app
        """);
  }

  @Test
  void lowUidNoLogInitOrOtherToolsAreFine() {
    tester.checkClean("""
        FROM debian:12
        RUN useradd app
        RUN useradd -u 12345 app
        RUN useradd -l -u 123456 app
        RUN useradd --no-log-init --uid 123456 app
        RUN useradd -lu 123456 app
        RUN adduser -u 123456 -D app
        RUN useradd -u "${APP_UID}" app
        """);
  }

  @Test
  void fixAddsNoLogInit() {
    assertThat(tester.applyFixes("FROM debian:12\nRUN useradd -u 123456 -m app\n"))
        .isEqualTo("FROM debian:12\nRUN useradd -l -u 123456 -m app\n");
    assertThat(tester.applyFixes("FROM debian:12\nRUN /usr/sbin/useradd \\\n  -u 123456 app\n"))
        .isEqualTo("FROM debian:12\nRUN /usr/sbin/useradd -l \\\n  -u 123456 app\n");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
