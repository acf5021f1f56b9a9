package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.model.StepContext;
import dev.dockwright.model.image.OsFamily;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellOptions;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.syntax.Comment;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * DL4006: a pipe in a RUN script whose shell does not have {@code pipefail} on at that point.
 * The shell options come from the SHELL in effect (inherited from the stage a stage is built
 * FROM, as Docker does) and from {@code set -o pipefail} earlier in the script.
 */
@RuleSpec(
    code = "DL4006",
    name = "PipefailMissing",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using"
        + " /bin/sh in an alpine image or if your shell is symlinked to busybox then consider"
        + " explicitly setting your SHELL to /bin/ash, or disable this check",
    rationale = "A pipeline's status is its last command's: in `curl -fsSL $URL | tar xz` a"
        + " failed download gives tar an empty stream, and with some tools the RUN still"
        + " succeeds, so the image is built without the file. With `pipefail` any failing"
        + " command fails the pipeline. Set it for every RUN with `SHELL [\"/bin/bash\", \"-o\","
        + " \"pipefail\", \"-c\"]` (`/bin/ash` on Alpine), or in the script with `set -o"
        + " pipefail` before the pipe. A SHELL that sets it (even `/bin/sh -o pipefail`, which"
        + " either sets it or makes every RUN fail) counts, as does a SHELL set in the stage"
        + " this one is built FROM. Non-POSIX shells (PowerShell, cmd) are not checked.",
    bad = "FROM debian:12\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt\n",
    good = "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\n"
        + "RUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt\n",
    fix = "Inserts `SHELL [..., \"-o\", \"pipefail\", \"-c\"]` before the first such RUN of the"
        + " stage: the current SHELL with pipefail added when it is bash, zsh, ksh or ash, else"
        + " `/bin/ash` on Alpine and BusyBox images and `/bin/bash` elsewhere. Unsafe: an image"
        + " without bash then fails to build; every later RUN of the stage runs under the new"
        + " shell (bash's `echo` does not expand `\\n` as dash's does); and with pipefail, a"
        + " pipe whose first command is killed by SIGPIPE (`yes | cmd`, `cmd | head -1`) now"
        + " fails.",
    fixSafety = FixSafety.UNSAFE)
public final class PipefailMissing implements Rule {

  private static final List<String> PIPEFAIL_SHELLS = List.of("bash", "zsh", "ksh", "mksh", "ash");

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    Map<Instruction, RunUnit> runs = new IdentityHashMap<>();
    for (RunUnit unit : RunUnit.all(model)) {
      if (!unit.onbuild()) {
        runs.put(unit.step().instruction(), unit);
      }
    }
    Instruction regionStart = null; // the first reported RUN since the last FROM or SHELL
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.kind() == InstructionKind.FROM || in.kind() == InstructionKind.SHELL) {
        regionStart = null;
      }
      RunUnit run = runs.get(in);
      if (run == null) {
        continue;
      }
      Optional<Range> pipe = pipeWithoutPipefail(run);
      if (pipe.isEmpty()) {
        continue;
      }
      if (regionStart == null) {
        regionStart = in;
      }
      String message = "A pipe without `pipefail`: a failure before the last command of the"
          + " pipe goes unnoticed. Set `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`"
          + " (`/bin/ash` on Alpine) or `set -o pipefail` first.";
      Optional<Fix> fix = fix(context.file().text(), regionStart, run);
      if (fix.isPresent()) {
        context.report(pipe.get(), message, fix.get());
      } else {
        context.report(pipe.get(), message);
      }
    }
  }

  /** The first pipeline of the RUN's scripts that runs without pipefail. */
  private static Optional<Range> pipeWithoutPipefail(RunUnit run) {
    for (ShellSource source : run.step().scripts()) {
      Script script = source.script();
      for (Pipeline pipe : script.pipes()) {
        if (!optionsAt(script, pipe).pipefail()) {
          return Optional.of(source.range(pipe.span()));
        }
      }
    }
    return Optional.empty();
  }

  /** The options in effect when the pipeline starts: those of its first command. */
  private static ShellOptions optionsAt(Script script, Pipeline pipe) {
    for (Invocation inv : script.simpleCommands()) {
      if (pipe.span().contains(inv.span())) {
        return inv.options();
      }
    }
    return script.initialOptions();
  }

  /** Empty when the SHELL already sets pipefail (a script turns it off with set +o). */
  private static Optional<Fix> fix(String text, Instruction before, RunUnit run) {
    StepContext ctx = run.step().context();
    if (ShellOptions.fromShellCommand(ctx.shell()).pipefail()) {
      return Optional.empty();
    }
    List<String> shell = pipefailShell(ctx.shell(),
        run.stage().map(Stage::facts).map(f -> f.os()).orElse(OsFamily.UNKNOWN));
    String keyword = before.keyword().value().equals(before.keyword().value()
        .toLowerCase(Locale.ROOT)) ? "shell" : "SHELL";
    String newline = before.text().contains("\r\n") ? "\r\n" : "\n";
    String line = keyword + " [" + String.join(", ", shell.stream().map(PipefailMissing::json)
        .toList()) + "]" + newline;
    int at = lineStart(text, before.commentsAbove().stream().map(Comment::range)
        .map(Range::startOffset).findFirst().orElse(before.span().startOffset()));
    return Optional.of(Fix.unsafe("Set pipefail with " + line.strip(), TextEdit.insert(at, line)));
  }

  /** The current shell with pipefail when it supports the option, else the usual choice. */
  static List<String> pipefailShell(List<String> current, OsFamily os) {
    String exe = current.isEmpty() ? "" : current.get(0);
    String name = exe.substring(exe.lastIndexOf('/') + 1);
    if (PIPEFAIL_SHELLS.contains(name) && current.get(current.size() - 1).equals("-c")) {
      List<String> out = new ArrayList<>(current.subList(0, current.size() - 1));
      out.addAll(List.of("-o", "pipefail", "-c"));
      return out;
    }
    boolean busybox = os == OsFamily.ALPINE || os == OsFamily.BUSYBOX;
    return List.of(busybox ? "/bin/ash" : "/bin/bash", "-o", "pipefail", "-c");
  }

  private static int lineStart(String text, int offset) {
    int i = offset;
    while (i > 0 && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }
}
