package dev.dockwright.rules.compose;

import dev.dockwright.compose.EnvironmentVariable;
import dev.dockwright.compose.Interpolation;
import dev.dockwright.compose.Scalar;
import dev.dockwright.compose.Service;
import dev.dockwright.lint.ComposeContext;
import dev.dockwright.lint.ComposeRule;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.secrets.SecretKind;
import dev.dockwright.secrets.SecretValues;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@RuleSpec(
    code = "DW6003",
    name = "ComposeSecretInEnvironment",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "A secret is written as a literal value in a service's `environment`.",
    rationale = """
        A password, token or key written into the Compose file is committed with it, shared \
        with everyone who can read the repository, and readable by anyone who can run \
        `docker inspect` on the container. Take it from the environment or an untracked `.env` \
        file (`POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}`), or mount it as a Compose secret \
        (`POSTGRES_PASSWORD_FILE: /run/secrets/db_password`). Secret-named variables \
        (`*_PASSWORD`, `*_TOKEN`, `*_SECRET`, API keys) with a literal value are reported, \
        including the fallback of `${VAR:-fallback}`, and any value shaped like a known token \
        (GitHub, AWS, Slack, Stripe, OpenAI, ...) or a URL with a password; references, \
        switches, numbers, paths and placeholders (`changeme`, `<token>`) are not. Names and \
        values are judged as DW2004 judges a Dockerfile's ENV and `dockwright verify` the \
        image's env. The value is never printed.""",
    bad = """
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: s3cr3t-Passw0rd
        """,
    good = """
        services:
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}
        """)
public final class ComposeSecretInEnvironment implements ComposeRule {

  @Override
  public void check(ComposeContext context) {
    Set<Integer> reported = new HashSet<>(); // a value merged from an anchor into several services
    for (Service service : context.compose().services()) {
      for (EnvironmentVariable v : service.environment()) {
        if (v.value().isEmpty()) {
          continue;
        }
        Scalar value = v.value().get();
        // What the file itself writes: ${VAR} is not a literal, ${VAR:-fallback} has one.
        Optional<String> literal = Interpolation.none().resolve(value.value());
        if (literal.isEmpty() || literal.get().isBlank()) {
          continue;
        }
        Optional<String> kind = secretKind(v.name(), literal.get());
        if (kind.isPresent() && reported.add(value.range().startOffset())) {
          context.report(value.range(), service.name() + ": " + v.name() + " is set to "
              + kind.get() + " in environment (value redacted). Take it from the environment"
              + " (" + v.name() + ": ${" + v.name() + "}) or a Compose secret instead.");
        }
      }
    }
  }

  /** How to describe the secret, or empty when the value is not one. */
  static Optional<String> secretKind(String name, String value) {
    return SecretValues.kindOf(name, value).map(kind -> kind == SecretKind.SECRET_NAMED_VALUE
        ? "a literal value" : "a literal " + kind.label());
  }
}
