package dev.dockwright.model;

import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellOptions;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Locale;

/**
 * A shell script the build runs: a shell-form RUN/CMD/ENTRYPOINT/HEALTHCHECK command, or a RUN
 * here-document body, with the shell that runs it and a map back to the Dockerfile. Parsed on
 * first use, since most rules look at only a few instructions.
 */
public final class ShellSource {

  private final String text;
  private final SourceMap map;
  private final List<String> shell;
  private final boolean fromExecForm;
  private volatile Script script;

  public ShellSource(String text, SourceMap map, List<String> shell) {
    this(text, map, shell, false);
  }

  ShellSource(String text, SourceMap map, List<String> shell, boolean fromExecForm) {
    this.text = text;
    this.map = map;
    this.shell = List.copyOf(shell);
    this.fromExecForm = fromExecForm;
  }

  /**
   * True for the command line of an exec-form RUN ({@code RUN ["apt-get", "install", "x"]})
   * written out as a shell command so rules about commands see it too, as hadolint does. No shell
   * runs it: shell-level checks (ShellCheck) skip it.
   */
  public boolean fromExecForm() {
    return fromExecForm;
  }

  /** The script as the shell receives it (line continuations already joined by BuildKit). */
  public String text() {
    return text;
  }

  /** The shell command line in effect ({@code ["/bin/sh", "-c"]} unless SHELL changed it). */
  public List<String> shell() {
    return shell;
  }

  /** Whether the shell is a POSIX-like one we can parse (not PowerShell or cmd.exe). */
  public boolean isPosix() {
    return isPosixShell(shell);
  }

  static boolean isPosixShell(List<String> shell) {
    if (shell.isEmpty()) {
      return true;
    }
    String exe = shell.get(0).toLowerCase(Locale.ROOT).replace('\\', '/');
    String name = exe.substring(exe.lastIndexOf('/') + 1);
    return switch (name) {
      case "sh", "bash", "ash", "dash", "zsh", "ksh", "mksh", "busybox" -> true;
      default -> false;
    };
  }

  /** The parsed script, with the options the SHELL command line sets ({@code -o pipefail}). */
  public Script script() {
    Script s = script;
    if (s == null) {
      s = ShellParser.parse(text, ShellOptions.fromShellCommand(shell));
      script = s;
    }
    return s;
  }

  public SourceMap map() {
    return map;
  }

  /** The Dockerfile range of a span of the script. */
  public Range range(Span span) {
    return map.range(span.start(), span.end());
  }

  /** The Dockerfile range of the whole script. */
  public Range range() {
    return map.range(0, text.length());
  }
}
