package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgStep;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.LabelStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.secrets.SecretKind;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.secrets.SecretValues;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW2004",
    name = "SecretsInImage",
    severity = Severity.ERROR,
    origin = Origin.DOCKWRIGHT,
    overlaps = {"DL3064", "SecretsUsedInArgOrEnv"},
    summary = "A secret is written into the Dockerfile or the image: a literal password, key or"
        + " token in ENV/ARG/LABEL, a private key or token by its format, or a copied .env or"
        + " key file.",
    rationale = """
        ENV and LABEL values are stored in the image configuration and ARG values in its \
        history: anyone who can pull the image reads them with `docker inspect` or `docker \
        history`, and the Dockerfile itself puts them in version control. A copied `.env`, \
        SSH key or `.netrc` is a file in a layer, readable even if a later step deletes it. \
        Names are matched by their words (`DB_PASSWORD`, `EMAIL_HOST_PASSWORD`, \
        `OPENAI_API_KEY`, `SECRET_KEY`, `GITHUB_TOKEN`), but only with values that could be a \
        secret: references to variables, booleans, numbers, paths, placeholders (`changeme`, \
        which DW2003 reports) and names such as `KEY_FILE=/run/secrets/key`, \
        `AUTH_ENABLED=true`, `SSH_AUTH_SOCK`, `GPG_KEY` (a public key fingerprint), `SORT_KEY` \
        or `PUBLIC_KEY` are not secrets, which is where name-only checks raise false alarms. A \
        default such as `MYSQL_PASSWORD=password` is: it is the credential the image ships \
        with. DW6003 (Compose environments) and `dockwright verify` (the built image's env \
        and history) judge a name and value the same way. \
        Values of any name are also matched against well-known credential formats, the same \
        ones `dockwright verify` looks for in the built image (private key blocks, AWS, \
        GitHub, GitLab, Slack, OpenAI, Anthropic, Stripe, Google, Hugging Face, npm and PyPI \
        tokens, JWTs, passwords in URLs). Findings never repeat the value. BuildKit's \
        SecretsUsedInArgOrEnv and hadolint's DL3064 judge the name alone, so they also report \
        some of these lines; this rule is the one that looks at the value. Pass secrets at run \
        time (environment, orchestrator secrets) and at build time with `RUN \
        --mount=type=secret`.""",
    bad = """
        FROM python:3.12-slim
        ENV DJANGO_SECRET_KEY=9x$k2!vq8@w0pl3m7zr4t6yh1
        COPY .env /app/.env
        """,
    good = """
        FROM python:3.12-slim
        ENV DJANGO_SECRET_KEY_FILE=/run/secrets/django_key AUTH_ENABLED=true
        RUN --mount=type=secret,id=pip_token pip install --no-cache-dir -r requirements.txt
        """)
public final class SecretsInImage implements Rule {

  /** Files that hold credentials. */
  private static final Pattern SECRET_FILE = Pattern.compile(
      "(?i)\\.env(\\.(?!example$|sample$|template$|dist$|defaults?$|tpl$|in$|ci$|test$)[\\w.-]+)?"
      + "|id_(rsa|dsa|ecdsa|ed25519)|\\.netrc|\\.pypirc|\\.git-credentials|credentials"
      + "|credentials\\.json|service[-_]?account[\\w.-]*\\.json|[\\w.-]+-key\\.json|\\.htpasswd");

  @Override
  public void check(RuleContext context) {
    List<Stage> shipped = context.model().shippedStages();
    for (Stage stage : context.model().reachableStages()) {
      boolean ships = shipped.contains(stage);
      for (EnvStep env : stage.steps(EnvStep.class)) {
        for (Variable v : env.variables()) {
          checkValue(context, "ENV", v.name(), v.value(), v.pair().range(), ships);
        }
      }
      for (ArgStep arg : stage.steps(ArgStep.class)) {
        checkArgs(context, arg);
      }
      if (ships) {
        for (LabelStep label : stage.steps(LabelStep.class)) {
          for (Variable v : label.labels()) {
            format(v.value()).ifPresent(kind -> context.report(v.pair().range(), "LABEL "
                + v.name() + " contains " + kind + " (value not shown): labels are public in"
                + " the image configuration. Remove it and rotate the credential."));
          }
        }
        for (CopyStep copy : stage.steps(CopyStep.class)) {
          copiedSecrets(context, copy);
        }
      }
    }
    for (ArgStep arg : context.model().globalArgs()) {
      checkArgs(context, arg);
    }
  }

  private static void checkArgs(RuleContext context, ArgStep arg) {
    for (ArgStep.Arg a : arg.args()) {
      if (a.defaultValue().isPresent()) {
        Range range = a.declaration().defaultValue().map(t -> new Range(
            a.declaration().name().range().start(), t.range().end()))
            .orElse(a.declaration().name().range());
        checkValue(context, "ARG", a.name(), a.defaultValue().get(), range, false);
      }
    }
  }

  private static void checkValue(RuleContext context, String instruction, String name,
      String value, Range range, boolean ships) {
    Optional<SecretKind> kind = SecretValues.kindOf(name, value);
    if (kind.isEmpty()) {
      return;
    }
    String where = instruction.equals("ARG") ? "build arguments are recorded in the image history"
        : ships ? "ENV is stored in the image configuration, readable with docker inspect"
        : "it is written in the Dockerfile";
    if (kind.get() == SecretKind.SECRET_NAMED_VALUE) {
      context.report(range, instruction + " " + name + " has a literal secret value (not shown): "
          + where + ". Pass it at run time or with RUN --mount=type=secret.");
    } else {
      context.report(range, instruction + " " + name + " contains " + kind.get().inSentence()
          + " (value not shown): " + where + ". Pass it at run time or with RUN"
          + " --mount=type=secret, and rotate it.");
    }
  }

  /**
   * The kind of credential the value contains, by format: the shapes image verification looks
   * for too (a value is configuration text: assignments and URL credentials count).
   */
  static Optional<String> format(String value) {
    return SecretPatterns.find(value, true).stream().findFirst()
        .map(m -> m.kind().inSentence());
  }

  private static void copiedSecrets(RuleContext context, CopyStep copy) {
    if (!copy.fromContext()) {
      return;
    }
    for (int i = 0; i < copy.sources().size(); i++) {
      String src = copy.sources().get(i);
      String base = src.replaceAll("/+$", "");
      base = base.substring(base.lastIndexOf('/') + 1);
      if (SECRET_FILE.matcher(base).matches() || src.endsWith(".aws/credentials")) {
        context.report(copy.sourceTokens().get(i).range(), copy.instruction().keyword().value()
            .toUpperCase(Locale.ROOT) + " " + base + " puts a credentials file into a layer of"
            + " the image, where it stays even if a later step deletes it. Provide it at run"
            + " time (env_file, a mounted secret) or use RUN --mount=type=secret.");
      }
    }
  }
}
