package dev.dockwright.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SecretPatternsTest {

  private static List<SecretKind> kinds(String text, boolean config) {
    return SecretPatterns.find(text, config).stream().map(SecretPatterns.Match::kind).toList();
  }

  @Test
  void recognisesEachShape() {
    assertThat(kinds("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Bl\n", false)).containsExactly(SecretKind.PRIVATE_KEY);
    assertThat(kinds("-----BEGIN EC PRIVATE KEY-----", false)).containsExactly(SecretKind.PRIVATE_KEY);
    assertThat(kinds("key_id = AKIAQ3EGRJ5YV7ZD4N2P", false)).containsExactly(SecretKind.AWS_ACCESS_KEY_ID);
    assertThat(kinds("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKZ", false))
        .containsExactly(SecretKind.AWS_SECRET_ACCESS_KEY);
    assertThat(kinds("token: ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", false)).containsExactly(SecretKind.GITHUB_TOKEN);
    assertThat(kinds("github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz", false)).containsExactly(SecretKind.GITHUB_TOKEN);
    assertThat(kinds("xoxb-1234567890-abcdefghijkl", false)).containsExactly(SecretKind.SLACK_TOKEN);
    assertThat(kinds("https://hooks.slack.com/services/T0123ABCD/B0123ABCD/abcdefghijklmnopqrstuvwx", false))
        .containsExactly(SecretKind.SLACK_WEBHOOK);
    assertThat(kinds("key=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", false)).containsExactly(SecretKind.GOOGLE_API_KEY);
    assertThat(kinds("sk_live_51H8abcdefghijklmnopqrstuv", false)).containsExactly(SecretKind.STRIPE_KEY);
    assertThat(kinds("HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyzABCDEFGH12", false)).containsExactly(SecretKind.HUGGING_FACE_TOKEN);
    assertThat(kinds("sk-proj-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH", false)).containsExactly(SecretKind.OPENAI_KEY);
    assertThat(kinds("sk-ant-api03-a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", false)).containsExactly(SecretKind.ANTHROPIC_KEY);
    assertThat(kinds("GITLAB=glpat-Ab1Cd2Ef3Gh4Ij5Kl6Mn", false)).containsExactly(SecretKind.GITLAB_TOKEN);
    assertThat(kinds("//registry.npmjs.org/:_authToken=npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", false))
        .containsExactly(SecretKind.NPM_TOKEN);
    assertThat(kinds("password = pypi-AgEIcHlwaS5vcmcCJGE4ZjYwMzAwLTQ0ZjQtNDM2Ny1iZGQ4LTkyZGRjZjA2", false))
        .containsExactly(SecretKind.PYPI_TOKEN);
  }

  @Test
  void jwtsOnlyInConfigurationText() {
    String jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    assertThat(kinds("AUTH=" + jwt, true)).containsExactly(SecretKind.JWT);
    assertThat(kinds("EXAMPLE = '" + jwt + "'", false)).isEmpty();
    assertThat(SecretPatterns.redact("Bearer " + jwt)).isEqualTo("Bearer <redacted>");
  }

  @Test
  void kindsReadInASentence() {
    assertThat(SecretKind.GITHUB_TOKEN.inSentence()).isEqualTo("a GitHub token");
    assertThat(SecretKind.AWS_ACCESS_KEY_ID.inSentence()).isEqualTo("an AWS access key id");
    assertThat(SecretKind.URL_CREDENTIALS.inSentence()).isEqualTo("credentials in a URL");
  }

  @Test
  void leavesLookalikesAlone() {
    assertThat(kinds("-----BEGIN PUBLIC KEY-----\n-----BEGIN CERTIFICATE-----", false)).isEmpty();
    assertThat(kinds("AKIAIOSFODNN7EXAMPLE is the documented example", false)).isEmpty();
    assertThat(kinds("from huggingface_hub import hf_hub_download", false)).isEmpty();
    assertThat(kinds("ghp_short", false)).isEmpty();
    assertThat(kinds("task-proj-1 sk-learn", false)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "DB_PASSWORD=s3cr3tpassword|true",
      "export API_KEY='0123456789abcdef'|true",
      "  client_secret: abcdef123456|true",
      "\"token\": \"abcdef123456\"|true",
      "password=${DB_PASSWORD}|false",
      "PASSWORD_FILE=/run/secrets/db|false",
      "token_url = https://auth.example|false",
      "SECRET_KEY = os.environ['SECRET_KEY']|false",
      "password = changeme|false",
      "# password=commented123|false",
      "pwd=abc|false",
      "EMAIL_HOST_PASSWORD = abcdef123|true",
      "    self.password = password|false",
      "tokenizer = bert-base-uncased|false",
      "secretsmanager_arn = arn:aws:secretsmanager:eu-west-1:1:secret:db|false",
  })
  void assignmentsOnlyWhenTheValueLooksReal(String line, boolean found) {
    assertThat(kinds(line, true).contains(SecretKind.ASSIGNMENT)).as(line).isEqualTo(found);
    assertThat(kinds(line, false)).as("not in source code").doesNotContain(SecretKind.ASSIGNMENT);
  }

  @Test
  void urlCredentialsButNotReferences() {
    assertThat(kinds("DATABASE_URL=postgres://app:s3cr3t@db:5432/app", true)).contains(SecretKind.URL_CREDENTIALS);
    assertThat(kinds("DATABASE_URL=postgres://app:${DB_PASSWORD}@db/app", true)).doesNotContain(SecretKind.URL_CREDENTIALS);
    assertThat(kinds("see https://user@example.com/path", true)).isEmpty();
  }

  @Test
  void reportsLines() {
    assertThat(SecretPatterns.find("a\nb\nAKIAQ3EGRJ5YV7ZD4N2P\n", false))
        .containsExactly(new SecretPatterns.Match(SecretKind.AWS_ACCESS_KEY_ID, 3));
  }

  @Test
  void redactsValuesButKeepsTheShapeOfTheText() {
    assertThat(SecretPatterns.redact("curl -H 'Authorization: token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8' x"))
        .isEqualTo("curl -H 'Authorization: token <redacted>' x");
    assertThat(SecretPatterns.redact("postgres://app:s3cr3t@db:5432/app"))
        .isEqualTo("postgres://app:<redacted>@db:5432/app");
    assertThat(SecretPatterns.redact("DB_PASSWORD=hunter2hunter2 other")).isEqualTo("DB_PASSWORD=<redacted> other");
    assertThat(SecretPatterns.redact("nothing here")).isEqualTo("nothing here");
  }
}
