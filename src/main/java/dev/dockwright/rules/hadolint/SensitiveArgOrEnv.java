package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.KeyValue;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * DL3064: an ARG or ENV whose name says it holds a secret: one of hadolint's well-known names
 * ({@code GITHUB_TOKEN}, {@code AWS_SECRET_ACCESS_KEY}, ...) or a name containing
 * {@code password}, {@code secret}, {@code token}, {@code api_key}, ... Names that point at a
 * secret rather than hold one ({@code DB_PASSWORD_FILE}) are fine.
 */
@RuleSpec(
    code = "DL3064",
    name = "SensitiveArgOrEnv",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Potentially sensitive data should not be used in the `ARG` or `ENV` commands",
    rationale = "ENV values are stored in the image config and ARG values in its build history"
        + " (`docker history`, provenance attestations): anyone who can pull the image can read"
        + " them. Pass secrets with `RUN --mount=type=secret` at build time and with the"
        + " runtime's secrets or environment at run time. Not reported, unlike hadolint: names"
        + " ending in `_FILE`, `_PATH` or `_DIR`, which only say where a secret is (the Docker"
        + " secrets convention); an ENV set to the empty string, which clears a variable; and"
        + " names that only contain `username` (`ARG USERNAME=vscode` names the container's"
        + " user; service logins such as `DOCKER_USERNAME` are still reported).",
    bad = "FROM python:3.12-slim\nARG GITHUB_TOKEN\nENV DB_PASSWORD=hunter2\n",
    good = "FROM python:3.12-slim\nENV DB_PASSWORD_FILE=/run/secrets/db_password\n"
        + "RUN --mount=type=secret,id=github_token,env=GITHUB_TOKEN ./fetch-deps.sh\n")
public final class SensitiveArgOrEnv implements Rule {

  private static final Set<String> KNOWN = Set.of("ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET",
      "AUTH_TOKEN", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY",
      "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME", "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD",
      "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL", "DOCKER_PASSWORD",
      "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_ID", "FACEBOOK_APP_SECRET",
      "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN",
      "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY", "HEROKU_API_USER",
      "NPM_AUTH_TOKEN", "NPM_TOKEN", "OKTA_AUTHN_GROUPID", "OKTA_CLIENT_ORGURL",
      "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTID", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY",
      "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY",
      "STRIPE_DEVICE_NAME", "TRAVIS_OS_NAME", "TRAVIS_SECURE_ENV_VARS", "TRAVIS_SUDO",
      "VAULT_CLIENT_KEY", "VAULT_TOKEN");

  /** hadolint's substrings, less {@code username}: a user name is no secret by itself. */
  private static final List<String> SUSPICIOUS = List.of("api_key", "client_key", "password",
      "private", "secret", "token");

  private static final List<String> POINTERS = List.of("_FILE", "_FILES", "_PATH", "_DIR");

  @Override
  public void check(RuleContext context) {
    for (Instruction top : context.dockerfile().instructions()) {
      Instruction in = top.trigger().orElse(top);
      List<Token> names = names(in);
      List<Token> sensitive = names.stream().filter(n -> sensitive(n.value())).toList();
      if (!sensitive.isEmpty()) {
        List<String> shown = sensitive.stream().map(Token::value).distinct().toList();
        Range range = sensitive.get(0).range();
        context.report(range, "Potentially sensitive data in `" + in.kind() + "` "
            + PackageCommands.list(shown) + ": anyone who pulls the image can read it; use"
            + " a build secret (`RUN --mount=type=secret`) or runtime configuration.");
      }
    }
  }

  private static List<Token> names(Instruction in) {
    List<Token> out = new ArrayList<>();
    if (in.kind() == InstructionKind.ARG && in.arguments() instanceof Arguments.ArgDeclarations a) {
      for (ArgDeclaration d : a.declarations()) {
        out.add(d.name());
      }
    } else if (in.kind() == InstructionKind.ENV
        && in.arguments() instanceof Arguments.NameValues nv) {
      for (KeyValue kv : nv.pairs()) {
        if (!isEmpty(kv.value().value())) { // ENV X= clears a variable, it stores nothing
          out.add(kv.key());
        }
      }
    }
    return out;
  }

  private static boolean isEmpty(String value) {
    return value.isEmpty() || value.equals("\"\"") || value.equals("''");
  }

  static boolean sensitive(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (POINTERS.stream().anyMatch(upper::endsWith)) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return KNOWN.contains(upper) || SUSPICIOUS.stream().anyMatch(lower::contains);
  }
}
