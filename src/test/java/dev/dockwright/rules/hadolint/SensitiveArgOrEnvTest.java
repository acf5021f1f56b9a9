package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SensitiveArgOrEnvTest {

  private final RuleTester tester = RuleTester.of(new SensitiveArgOrEnv());

  @Test
  void wellKnownAndSuspiciousNames() {
    tester.check("""
        # expect: DL3064 "`AWS_ACCESS_KEY_ID`"
        ARG AWS_ACCESS_KEY_ID
        FROM debian:12
        # expect: DL3064 "`openai_api_key`"
        ARG openai_api_key
        # expect: DL3064 "`my_password`"
        ENV my_password=abcdefghijklmnopqrstuvwxyz
        # expect: DL3064 "`DB_PASSWORD` and `API_TOKEN`"
        ENV APP=web DB_PASSWORD=x API_TOKEN=y
        # expect: DL3064
        ONBUILD ENV GITHUB_TOKEN=ghp_x
        # expect: DL3064 "`DOCKER_USERNAME`"
        ARG DOCKER_USERNAME
        """);
  }

  @Test
  void ordinaryNamesAndPointersToSecretsAreFine() {
    tester.checkClean("""
        ARG foobar
        FROM debian:12
        ENV foobar=barfoo PYTHONUNBUFFERED=1
        ENV POSTGRES_PASSWORD_FILE=/run/secrets/db_password
        ENV TLS_PRIVATE_KEY_PATH=/etc/tls/key.pem SECRETS_DIR=/run/secrets
        RUN --mount=type=secret,id=token ./fetch.sh
        ARG USERNAME=vscode
        ENV NPM_TOKEN= API_KEY="" OTHER_SECRET=''
        """);
  }

  @Test
  void valuesAreNeverShown() {
    List<Finding> findings = tester.check("""
        FROM debian:12
        # expect: DL3064
        ENV DB_PASSWORD=hunter2
        """);
    assertThat(findings.get(0).message()).doesNotContain("hunter2");
  }

  @Test
  void documentationExamples() {
    tester.checkDocumentationExamples();
  }
}
