package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecretsUsedInArgOrEnvTest {

  private final RuleTester tester = RuleTester.of(new SecretsUsedInArgOrEnv());

  @Test
  void secretLikeNamesAreReportedOncePerName() {
    List<Finding> findings = tester.check("""
        FROM scratch
        # expect: SecretsUsedInArgOrEnv
        ARG SECRET_PASSPHRASE
        # expect: SecretsUsedInArgOrEnv, SecretsUsedInArgOrEnv
        ENV password=bar secret=baz
        # expect: SecretsUsedInArgOrEnv
        ENV GITHUB_TOKEN=x
        """);
    assertThat(findings).extracting(Finding::message).contains(
        "Do not use ARG or ENV instructions for sensitive data (ARG \"SECRET_PASSPHRASE\")",
        "Do not use ARG or ENV instructions for sensitive data (ENV \"password\")");
  }

  @Test
  void partsMustBeWholeWordsAndAllowListedPartsWin() {
    tester.checkClean("""
        FROM scratch
        ENV sunflower=foo PUBLIC_KEY= AUTHOR=me KEYBOARD=us
        ARG public_token
        ARG SECRET_PASSPHRASE_FILE
        ARG AUTH_MODULE_VERSION
        """);
  }

  @Test
  void globalArgsAreNotChecked() {
    tester.checkClean("""
        ARG API_TOKEN
        FROM scratch
        """);
  }

  @Test
  void nameMatching() {
    assertThat(SecretsUsedInArgOrEnv.isSecretName("apikey")).isTrue();
    assertThat(SecretsUsedInArgOrEnv.isSecretName("DB_Credentials")).isTrue();
    assertThat(SecretsUsedInArgOrEnv.isSecretName("my_pword_x")).isTrue();
    assertThat(SecretsUsedInArgOrEnv.isSecretName("passwords")).isFalse();
    assertThat(SecretsUsedInArgOrEnv.isSecretName("token_file")).isFalse();
  }
}
