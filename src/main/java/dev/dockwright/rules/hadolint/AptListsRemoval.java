package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;

/**
 * The fix for apt lists left in a layer, shared by DL3009 and DW1004 so both offer the same edit:
 * {@code && rm -rf /var/lib/apt/lists/*} at the end of the RUN whose {@code apt-get update}
 * filled them. Offered only where appending is plainly right: a shell-form RUN without
 * here-documents whose last top-level command is the update's {@code &&} chain, and no later RUN
 * of the stage (or of a stage built FROM it) that installs with apt before updating, which the
 * removal would break.
 */
public final class AptListsRemoval {
  static final String COMMAND = "rm -rf /var/lib/apt/lists/*";

  private AptListsRemoval() {}

  /**
   * The edit for {@code update} (an {@code apt-get update} of {@code run}, a RUN of {@code stage},
   * or of no stage before the first FROM), or empty where it is not clearly right.
   */
  public static Optional<TextEdit> after(DockerfileModel model, String text, Optional<Stage> stage,
      RunStep run, RunStep.Command update) {
    if (!(run.command() instanceof CommandSpec.Shell) || !run.instruction().heredocs().isEmpty()
        || run.scripts().size() != 1 || !update.invocation().enclosing().isEmpty()
        || laterInstallWithoutUpdate(model, stage, run)) {
      return Optional.empty();
    }
    ShellSource source = update.source();
    List<Invocation> all = source.script().simpleCommands();
    Invocation last = all.get(all.size() - 1);
    AndOr list = last.andOr();
    // The removal joins the script's last top-level list (the update's or a later one): with
    // && only, it runs last, once everything before it in that list has succeeded.
    if (!last.enclosing().isEmpty()
        || list.operators().stream().anyMatch(o -> o != AndOr.Operator.AND)) {
      return Optional.empty();
    }
    List<Pipeline> pipelines = list.pipelines();
    Pipeline end = pipelines.get(pipelines.size() - 1);
    Range endRange = source.range(end.span());
    if (!mapsExactly(text, source, end, endRange)) {
      return Optional.empty();
    }
    String gap = "";
    if (pipelines.size() > 1) {
      Range before = source.range(pipelines.get(pipelines.size() - 2).span());
      if (before.endOffset() > endRange.startOffset()) {
        return Optional.empty();
      }
      gap = text.substring(before.endOffset(), endRange.startOffset());
    }
    String newline = text.contains("\r\n") ? "\r\n" : "\n";
    return Optional.of(TextEdit.insert(endRange.endOffset(), continuation(gap, newline)));
  }

  /**
   * What to append, laid out as the chain's last link is: {@code " \\\n  && rm ..."} when the
   * operators start the continuation lines, {@code " && \\\n  rm ..."} when they end them,
   * else {@code " && rm ..."} on the same line.
   *
   * @param gap the file text between the last two pipelines of the chain (its last operator)
   */
  private static String continuation(String gap, String newline) {
    int lastBreak = gap.lastIndexOf('\n');
    if (lastBreak < 0) {
      return " && " + COMMAND;
    }
    String firstLine = gap.substring(0, gap.indexOf('\n')).strip();
    String lastLine = gap.substring(lastBreak + 1);
    String indent = lastLine.substring(0, lastLine.length() - lastLine.stripLeading().length());
    if (firstLine.equals("\\") && lastLine.strip().equals("&&")) {
      return " \\" + newline + indent + "&& " + COMMAND;
    }
    if (firstLine.equals("&& \\") && lastLine.isBlank()) {
      return " && \\" + newline + indent + COMMAND;
    }
    return " && " + COMMAND;
  }

  /** The pipeline's last character is where the source map puts it in the file. */
  private static boolean mapsExactly(String text, ShellSource source, Pipeline last, Range range) {
    String written = last.span().text(source.text());
    return !written.isEmpty() && range.endOffset() > 0 && range.endOffset() <= text.length()
        && text.charAt(range.endOffset() - 1) == written.charAt(written.length() - 1);
  }

  /**
   * A RUN after {@code run} in its stage, or in a stage built FROM it (shipped or not: a builder
   * on top of it breaks too), that runs {@code apt-get install} before any {@code apt-get update}.
   * Before the first FROM, every later RUN counts.
   */
  private static boolean laterInstallWithoutUpdate(DockerfileModel model, Optional<Stage> stage,
      RunStep run) {
    int at = run.instruction().span().startOffset();
    for (Stage s : model.stages()) {
      if (stage.isPresent() && !builtOn(s, stage.get())) {
        continue;
      }
      for (RunStep later : s.steps(RunStep.class)) {
        if (later.instruction().span().startOffset() > at && installsBeforeUpdating(later)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean builtOn(Stage s, Stage base) {
    for (Optional<Stage> p = Optional.of(s); p.isPresent(); p = p.get().parent()) {
      if (p.get() == base) {
        return true;
      }
    }
    return false;
  }

  private static boolean installsBeforeUpdating(RunStep run) {
    for (RunStep.Command c : run.commands("apt-get", "apt")) {
      Optional<AptCommand> apt = AptCommand.match(c.invocation());
      if (apt.isPresent() && apt.get().action().equals("update")) {
        return false;
      }
      if (apt.isPresent() && apt.get().isInstall()) {
        return true;
      }
    }
    return false;
  }
}
