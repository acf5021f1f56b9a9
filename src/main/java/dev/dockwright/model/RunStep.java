package dev.dockwright.model;

import dev.dockwright.shell.Invocation;
import dev.dockwright.syntax.Heredoc;
import dev.dockwright.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code RUN}: what it runs, the shell scripts in it, and its mounts.
 *
 * @param command the command line: exec form, or the shell-form text
 * @param scripts the shell scripts the build executes: the shell-form command line (with any
 *     here-documents it reads), a here-document that is itself the script ({@code RUN <<EOF}),
 *     the {@code -c} script of an exec-form {@code ["sh", "-c", "..."]}; empty for other exec
 *     forms and non-POSIX shells
 * @param dataHeredocs here-documents that are data for a program rather than shell script
 *     ({@code RUN python3 <<EOF})
 * @param mounts the {@code --mount} options
 */
public record RunStep(
    Instruction instruction,
    StepContext context,
    CommandSpec command,
    List<ShellSource> scripts,
    List<Heredoc> dataHeredocs,
    List<Mount> mounts) implements Step {

  public RunStep {
    scripts = List.copyOf(scripts);
    dataHeredocs = List.copyOf(dataHeredocs);
    mounts = List.copyOf(mounts);
  }

  /** {@code --network=none|host|default}, when set. */
  public Optional<String> network() {
    return instruction.flag("network").flatMap(f -> f.value());
  }

  /** {@code --security=insecure|sandbox}, when set. */
  public Optional<String> security() {
    return instruction.flag("security").flatMap(f -> f.value());
  }

  /** Every simple command of every script, in order, each with its script for ranges. */
  public List<Command> commands() {
    List<Command> out = new ArrayList<>();
    for (ShellSource s : scripts) {
      for (Invocation i : s.script().simpleCommands()) {
        out.add(new Command(i, s));
      }
    }
    return out;
  }

  /** The commands whose program is one of {@code programs} (after sudo/env/... are stripped). */
  public List<Command> commands(String... programs) {
    List<Command> out = new ArrayList<>();
    for (ShellSource s : scripts) {
      for (Invocation i : s.script().commands(programs)) {
        out.add(new Command(i, s));
      }
    }
    return out;
  }

  /** Whether a cache or tmpfs mount keeps {@code path} out of the image during this RUN. */
  public boolean cacheMounted(String path) {
    return mounts.stream().anyMatch(m -> m.keepsOutOfImage(path));
  }

  /** A simple command of this RUN with the script it belongs to (which maps it to the file). */
  public record Command(Invocation invocation, ShellSource source) {
    public dev.dockwright.syntax.Range range() {
      return source.range(invocation.command().span());
    }
  }
}
