package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.model.image.Presence;
import dev.dockwright.shell.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        may run as root. Not reported either: an image built on scratch without CMD or \
        ENTRYPOINT (it runs nothing, it carries files), an entrypoint that drops privileges \
        itself (gosu, su-exec, setpriv, ...), and a program whose job needs root (strace, \
        tcpdump, iptables, wg, dockerd, sshd, cron, ...).""",
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

  /**
   * Programs whose job needs root's privileges in the container: tracing other processes
   * (ptrace, perf events), capturing packets or raw sockets, configuring interfaces and
   * firewalls, running containers, and daemons that switch to their users' ids (sshd, cron).
   * As their image's command, a USER would only break them.
   */
  private static final Set<String> ROOT_BY_DESIGN = Set.of("strace", "ltrace", "perf",
      "bpftrace", "tcpdump", "tshark", "dumpcap", "snort", "zeek", "bro", "masscan", "hping3",
      "iptables", "ip6tables", "nft", "wg", "wg-quick", "openvpn", "dockerd", "dind", "sshd",
      "crond", "cron");

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
    if (neverRuns(stage) || rootByDesign(stage)) {
      return;
    }
    context.report(stage.from().range(), "The image runs as root: no USER is set in the final"
        + " stage" + stage.name().map(n -> " (" + n + ")").orElse("")
        + ". Create a user and add USER before CMD.");
  }

  /**
   * An image built on scratch with no CMD or ENTRYPOINT has no process to run ({@code docker
   * run} refuses it): it carries files, exported with {@code --output} or copied from (wheel
   * exports, operator bundles, test data).
   */
  private static boolean neverRuns(Stage stage) {
    return stage.image().map(ImageRef::isScratch).orElse(false) && stage.entrypoint().isEmpty()
        && stage.cmd().isEmpty();
  }

  /** The image's program (ENTRYPOINT, else CMD) is one that needs root, e.g. strace. */
  private static boolean rootByDesign(Stage stage) {
    Optional<CommandStep> program = stage.entrypoint().or(stage::cmd);
    if (program.isEmpty()) {
      return false;
    }
    String first = "";
    CommandSpec command = program.get().command();
    if (command instanceof CommandSpec.Exec e && !e.values().isEmpty()) {
      first = e.values().get(0);
    } else if (command instanceof CommandSpec.Shell s) {
      first = s.source().script().simpleCommands().stream()
          .filter(inv -> inv.enclosing().isEmpty() && inv.name() != null)
          .map(Invocation::name).findFirst().orElse("");
    }
    return ROOT_BY_DESIGN.contains(first.substring(first.lastIndexOf('/') + 1));
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
