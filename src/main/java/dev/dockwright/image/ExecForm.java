package dev.dockwright.image;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells exec-form commands from shell-form ones. The config keeps only argv: a shell-form
 * {@code CMD python app.py} is stored as {@code ["/bin/sh", "-c", "python app.py"]} (or with the
 * Dockerfile's {@code SHELL}, e.g. {@code ["/bin/bash", "-o", "pipefail", "-c", ...]}), so a shell
 * given a {@code -c} flag means PID 1 is the shell, which does not forward SIGTERM to the app.
 */
public final class ExecForm {
  private static final Set<String> SHELLS = Set.of("sh", "bash", "ash", "dash", "zsh", "ksh", "mksh");
  /** A short-option cluster holding {@code c}: {@code -c}, {@code -ec}, {@code -lc}, {@code -cex}. */
  private static final Pattern COMMAND_FLAG = Pattern.compile("-[a-zA-Z]*c[a-zA-Z]*");

  private ExecForm() {}

  /** True when argv runs its command through a shell ({@code sh -c ...}). */
  public static boolean isShellForm(List<String> argv) {
    int i = 0;
    if (i < argv.size() && baseName(argv.get(i)).equals("busybox")) i++;
    if (i >= argv.size() || !SHELLS.contains(baseName(argv.get(i)))) return false;
    for (i++; i < argv.size(); i++) {
      String arg = argv.get(i);
      if (arg.equals("-o") || arg.equals("+o")) {
        i++; // the option's name, e.g. pipefail
      } else if (COMMAND_FLAG.matcher(arg).matches()) {
        return true;
      } else if (!arg.startsWith("-") && !arg.startsWith("+")) {
        return false; // a script path: `sh script.sh` is exec form of a script
      }
    }
    return false;
  }

  private static String baseName(String exe) {
    return exe.substring(exe.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
