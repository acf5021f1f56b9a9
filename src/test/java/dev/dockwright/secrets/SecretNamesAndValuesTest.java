package dev.dockwright.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one name heuristic and the one value heuristic that lint and verify share. */
class SecretNamesAndValuesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // secret words anywhere, key only with a qualifier that makes it a credential
      "DB_PASSWORD, true",
      "POSTGRES_PASSWORD, true",
      "sa_password, true",
      "PASSWD, true",
      "DB_PWD, true",
      "GPG_PASSPHRASE, true",
      "DJANGO_SECRET_KEY, true",
      "djangoSecretKey, true",
      "openaiApiKey, true",
      "OPENAI_API_KEY, true",
      "AWS_SECRET_ACCESS_KEY, true",
      "GITHUB_TOKEN, true",
      "GITHUB_PAT, true",
      "SIGNING_KEY, true",
      "AIRFLOW__CORE__FERNET_KEY, true",
      "OPENAI_KEY, true",
      "KEY, true",
      "PRIVATEKEY, true",
      "GOOGLE_APPLICATION_CREDENTIALS, true",
      "SECRET_KEY_BASE, true",
      "Dplay.http.secret.key, true",
      // run-together words
      "DBPASSWORD, true",
      "CSRFTOKEN, true",
      // auth only as what the variable is
      "NEO4J_AUTH, true",
      "BASIC_AUTH, true",
      "AUTH_TOKEN, true",
      "AUTH_DOMAIN, false",
      "AUTH_TYPE, false",
      "USE_GKE_GCLOUD_AUTH_PLUGIN, false",
      "SSH_AUTH_SOCK, false",
      // whose secret it is comes first; what it says about the secret comes after
      "EMAIL_HOST_PASSWORD, true",
      "DB_USER_PASSWORD, true",
      "PASSWORD_FILE, false",
      "DB_PASSWORD_FILE, false",
      "KEY_FILE, false",
      "API_KEY_HEADER, false",
      "AWS_ACCESS_KEY_ID, false",
      "TOKEN_EXPIRE_MINUTES, false",
      "TOKEN_TTL, false",
      "MIN_PASSWORD_LENGTH, false",
      "PASSWORD_HASH, false",
      "SECRET_ARN, false",
      "SECRET_NAME, false",
      // never a secret: public keys, switches
      "GPG_KEY, false",
      "GPG_PRIVATE_KEY, true",
      "PUBLIC_TOKEN, false",
      "PUBLIC_KEY, false",
      "SSH_PUBLIC_KEY, false",
      "AUTH_ENABLED, false",
      "ENABLE_AUTH, false",
      // keys that are not credentials, and names that only contain the letters
      "SORT_KEY, false",
      "SITE_KEY, false",
      "SOME_KEY, false",
      "DefaultProcess__Filters__0__Key, false",
      "KEYCLOAK_URL, false",
      "MAX_TOKENS, false",
      "TOKENIZERS_PARALLELISM, false",
      "SENTRY_DSN, false",
      "PIP_NO_INDEX, false",
      "AUTHOR, false",
      "KEEPASSXC_VERSION, false",
      "PATH, false",
  })
  void names(String name, boolean secret) {
    assertThat(SecretNames.secretName(name)).isEqualTo(secret);
  }

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', value = {
      // could be secrets: literal credentials, default passwords the image ships with
      "s3cr3tP4ss|true",
      "9x$k2!vq8@w0pl3m7zr4t6yh1|true",
      "pa$$w0rd|true",
      "minecraft|true",
      "password|true",
      "D0cker!a8s|true",
      "neo4j/password|true",
      "FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF00000000000000000000000000000000|true",
      "https://abc123@o1.ingest.sentry.io/1|true",
      // references
      "${DB_PASSWORD}|false",
      "$SECRET_KEY|false",
      "x${TOKEN}y|false",
      "$(cat /run/secrets/key)|false",
      "{{ secret_key }}|false",
      "%(password)s|false",
      "os.environ['SECRET_KEY']|false",
      "DB_PASSWORD_FILE|false",
      // switches and numbers
      "true|false",
      "False|false",
      "yes|false",
      "none|false",
      "3600|false",
      "-1|false",
      "0.5|false",
      // paths and URLs without credentials
      "/run/secrets/db|false",
      "./key.pem|false",
      "~/.ssh/id_rsa|false",
      "https://vault.acme.io/v1|false",
      // fill-ins (DW2003 reports these)
      "changeme|false",
      "change_me|false",
      "YOUR SLACK TOKEN|false",
      "your_api_key|false",
      "<token>|false",
      "xxxx|false",
      "...|false",
      "****|false",
      "TODO|false",
      "dummy|false",
      "test|false",
      "redacted|false",
      "example-key|false",
      // too short to be a credential
      "abc|false",
      "''|false",
  })
  void values(String value, boolean couldBeSecret) {
    assertThat(SecretValues.couldBeSecret(value)).isEqualTo(couldBeSecret);
  }

  @Test
  void aPairIsASecretByShapeWhateverTheNameOrByNameAndValue() {
    assertThat(SecretValues.kindOf("NOTE", "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"))
        .contains(SecretKind.GITHUB_TOKEN);
    assertThat(SecretValues.kindOf("DB_PASSWORD", "s3cr3tP4ss")).contains(SecretKind.SECRET_NAMED_VALUE);
    assertThat(SecretValues.kindOf("DB_PASSWORD", "changeme")).isEmpty();
    assertThat(SecretValues.kindOf("NOTE", "s3cr3tP4ss")).isEmpty();
  }
}
