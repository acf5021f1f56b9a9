package dev.dockwright.rules.shellcheck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The shell dialects ShellCheck knows, and which one a Dockerfile's shell is checked as. ash and
 * BusyBox sh are checked as dash (as hadolint does), mksh as ksh; zsh, PowerShell, cmd and
 * anything else are not checked at all.
 */
public enum ShellDialect {
  SH, BASH, DASH, KSH;

  /** The shebang line that makes ShellCheck use this dialect. */
  public String shebang() {
    return "#!/bin/" + name().toLowerCase(Locale.ROOT);
  }

  /**
   * The dialect of a SHELL command line ({@code ["/bin/bash", "-o", "pipefail", "-c"]}); the
   * program after {@code env} counts ({@code ["/usr/bin/env", "bash", "-c"]}).
   */
  public static Optional<ShellDialect> ofShell(List<String> shell) {
    if (shell.isEmpty()) {
      return Optional.of(SH);
    }
    String program = baseName(shell.get(0));
    if (program.equals("env") && shell.size() > 1) {
      program = baseName(shell.get(1));
    }
    return ofProgram(program);
  }

  /** The dialect of a program name or path ({@code bash}, {@code /bin/busybox}). */
  public static Optional<ShellDialect> ofProgram(String program) {
    return Optional.ofNullable(switch (baseName(program)) {
      case "sh" -> SH;
      case "bash" -> BASH;
      case "dash", "ash", "busybox" -> DASH;
      case "ksh", "mksh", "pdksh", "ksh93" -> KSH;
      default -> null;
    });
  }

  /** The dialect a {@code #!} line names; empty when it names something else. */
  public static Optional<ShellDialect> ofShebang(String firstLine) {
    if (!firstLine.startsWith("#!")) {
      return Optional.empty();
    }
    String[] words = firstLine.substring(2).strip().split("\\s+");
    if (words.length == 0 || words[0].isEmpty()) {
      return Optional.empty();
    }
    return ofShell(List.of(words));
  }

  private static String baseName(String path) {
    String p = path.replace('\\', '/').toLowerCase(Locale.ROOT);
    String name = p.substring(p.lastIndexOf('/') + 1);
    return name.endsWith(".exe") ? name.substring(0, name.length() - 4) : name;
  }
}
