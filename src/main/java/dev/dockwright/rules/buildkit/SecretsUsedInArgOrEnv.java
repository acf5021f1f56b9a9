package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgStep;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.Variable;
import java.util.regex.Pattern;

/**
 * BuildKit's SecretsUsedInArgOrEnv: an ARG or ENV name made of a secret-like word. The name
 * (for ENV after variable expansion) matches when one of {@code apikey auth credential(s) key
 * password pword passwd secret token} is the whole name or an {@code _}-delimited part of it,
 * case-insensitively, unless a part is {@code public}, {@code file} or {@code version}. As in
 * BuildKit, ARGs before the first FROM are not checked (they never reach a build step's
 * environment by themselves). The value is never looked at, or printed.
 */
@RuleSpec(
    code = "SecretsUsedInArgOrEnv",
    name = "SecretsUsedInArgOrEnv",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL3064"},
    summary = "Sensitive data should not be used in the ARG or ENV commands",
    rationale = """
        ENV values are stored in the image config and ARG values in the build history, where \
        anyone who can pull the image can read them (`docker history`, `docker inspect`). \
        Secrets belong in secret mounts (`RUN --mount=type=secret`), which are never stored.""",
    bad = """
        FROM amazon/aws-cli
        ARG AWS_ACCESS_KEY_ID
        ARG AWS_SECRET_ACCESS_KEY
        RUN aws s3 cp s3://my-bucket/file .
        """,
    good = """
        FROM amazon/aws-cli
        RUN --mount=type=secret,id=aws_key_id,env=AWS_ACCESS_KEY_ID \\
            --mount=type=secret,id=aws_secret_key,env=AWS_SECRET_ACCESS_KEY \\
            aws s3 cp s3://my-bucket/file .
        """)
public final class SecretsUsedInArgOrEnv implements Rule {

  private static final Pattern DENY = Pattern.compile(
      "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)"
          + "(?:_|$)", Pattern.UNICODE_CASE);
  private static final Pattern ALLOW = Pattern.compile("(?i)(?:_|^)(?:public|file|version)(?:_|$)", Pattern.UNICODE_CASE);

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      for (Step step : stage.steps()) {
        if (step instanceof EnvStep env) {
          for (Variable v : env.variables()) {
            check(context, step, "ENV", v.name());
          }
        } else if (step instanceof ArgStep arg) {
          for (ArgStep.Arg a : arg.args()) {
            check(context, step, "ARG", a.name());
          }
        }
      }
    }
  }

  private static void check(RuleContext context, Step step, String instruction, String name) {
    if (isSecretName(name)) {
      context.report(step.range(), "Do not use ARG or ENV instructions for sensitive data ("
          + instruction + " " + Go.quote(name) + ")");
    }
  }

  static boolean isSecretName(String name) {
    return DENY.matcher(name).find() && !ALLOW.matcher(name).find();
  }
}
