package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.Presence;
import java.util.List;
import java.util.Optional;

@RuleSpec(
    code = "DW2001",
    name = "RunsAsRoot",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "The image runs as root: no USER is set in the final stage.",
    rationale = """
        Without a USER instruction a container runs as root (uid 0). A bug or a vulnerable \
        dependency in the service then runs with root's rights inside the container, and one \
        kernel or runtime escape away from root on the host. Platforms also refuse it: \
        Kubernetes with runAsNonRoot, OpenShift, Hugging Face Spaces (uid 1000). hadolint's \
        DL3002 only catches an explicit USER root; this rule catches the far commoner case of \
        no USER at all, and only for the stage that ships: builder stages that are copied from \
        may run as root.""",
    bad = """
        FROM python:3.12-slim
        COPY . /app
        CMD ["python", "/app/main.py"]
        """,
    good = """
        FROM python:3.12-slim
        RUN useradd --create-home --uid 10001 app
        COPY . /app
        USER app
        CMD ["python", "/app/main.py"]
        """)
public final class RunsAsRoot implements Rule {

  /** Entrypoints that start as root on purpose and then drop privileges themselves. */
  private static final List<String> PRIVILEGE_DROPPERS =
      List.of("gosu", "su-exec", "setpriv", "runuser", "chroot", "s6-setuidgid", "setuidgid");

  @Override
  public void check(RuleContext context) {
    Optional<Stage> finalStage = context.model().finalStage();
    if (finalStage.isEmpty()) {
      return;
    }
    Stage stage = finalStage.get();
    if (stage.user().isPresent() || stage.facts().rootByDefault() != Presence.PRESENT) {
      return;
    }
    if (dropsPrivileges(stage.entrypoint()) || dropsPrivileges(stage.cmd())) {
      return;
    }
    context.report(stage.from().range(), "The image runs as root: no USER is set in the final"
        + " stage" + stage.name().map(n -> " (" + n + ")").orElse("")
        + ". Create a user and add USER before CMD.");
  }

  private static boolean dropsPrivileges(Optional<CommandStep> step) {
    if (step.isEmpty()) {
      return false;
    }
    String text = String.join(" ", step.get().command().processArgs());
    for (String word : text.split("[\\s;&|/]+")) {
      if (PRIVILEGE_DROPPERS.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
