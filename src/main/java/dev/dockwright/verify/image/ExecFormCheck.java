package dev.dockwright.verify.image;

import dev.dockwright.image.ExecForm;
import dev.dockwright.image.ImageConfig;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.CheckResult;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ENTRYPOINT and CMD in exec form. In shell form the config holds {@code ["/bin/sh", "-c", ...]}:
 * PID 1 is then the shell, which does not pass SIGTERM on, so {@code docker stop} waits its full
 * timeout and kills the app.
 */
final class ExecFormCheck implements ImageCheck {
  static final String ID = "image.exec-form";

  @Override
  public List<CheckResult> run(ImageFacts facts) {
    ImageConfig c = facts.image().config();
    String title = "ENTRYPOINT/CMD in exec form";
    String measured = describe(c);
    if (c.entrypoint().isEmpty() && c.cmd().isEmpty()) {
      return List.of(CheckResult.fail(ID, title, "no ENTRYPOINT or CMD", "exec form",
          "the image does not say what to run"));
    }
    if (ExecForm.isShellForm(c.entrypoint())) {
      return List.of(CheckResult.fail(ID, title, measured, "exec form",
          "ENTRYPOINT is in shell form: write ENTRYPOINT [\"executable\", \"arg\", ...]"));
    }
    // With an exec-form ENTRYPOINT, CMD is only its arguments, unless those start a shell.
    if (ExecForm.isShellForm(c.cmd())) {
      return List.of(CheckResult.fail(ID, title, measured, "exec form",
          "CMD is in shell form: write CMD [\"executable\", \"arg\", ...]"));
    }
    return List.of(CheckResult.pass(ID, title, measured, "exec form"));
  }

  private static String describe(ImageConfig c) {
    StringBuilder sb = new StringBuilder();
    if (!c.entrypoint().isEmpty()) sb.append("ENTRYPOINT ").append(json(c.entrypoint()));
    if (!c.cmd().isEmpty()) sb.append(sb.length() > 0 ? " " : "").append("CMD ").append(json(c.cmd()));
    return SecretPatterns.redact(sb.toString());
  }

  private static String json(List<String> argv) {
    return argv.stream().map(a -> "\"" + a.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
