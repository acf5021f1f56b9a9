package dev.dockwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The system packages a stage installs with its distribution's package manager (apt-get, apt,
 * apk, yum, dnf, microdnf, zypper), found in the parsed RUN scripts of the stage and of the stages
 * it is built FROM.
 */
public final class Installs {
  private Installs() {}

  /**
   * One package operand.
   *
   * @param name the package name without a version ({@code curl} for {@code curl=8.5.0-2})
   * @param manager the package manager program ({@code apt-get}, {@code apk}, ...)
   * @param command where it is installed
   */
  public record Installed(String name, String manager, RunStep.Command command) {}

  /** Options whose value is the next word, per manager (so the value is not taken for a package). */
  private static final Set<String> TAKES_VALUE = Set.of(
      "-o", "-t", "--target-release", "-c", "--config-file", // apt
      "--virtual", "--repository", "-X", "--root", "-p", "--arch", "--keys-dir", // apk
      "--enablerepo", "--disablerepo", "--setopt", "--releasever", "--installroot", "-x",
      "--exclude", "--repo", // yum, dnf, microdnf
      "-r", "--from", "--type"); // zypper

  /** Every package installed by the stage and the stages it is built FROM. */
  public static List<Installed> of(Stage stage) {
    List<Installed> out = new ArrayList<>(stage.parent().map(Installs::of).orElse(List.of()));
    for (RunStep run : stage.steps(RunStep.class)) {
      out.addAll(of(run));
    }
    return out;
  }

  /** The packages one RUN installs. */
  public static List<Installed> of(RunStep run) {
    List<Installed> out = new ArrayList<>();
    for (RunStep.Command c : run.commands("apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper")) {
      List<String> args = c.invocation().resolved().argValues();
      String manager = c.invocation().resolved().program();
      int sub = subcommand(args);
      if (sub < 0 || !isInstall(manager, args.get(sub))) {
        continue;
      }
      for (int i = sub + 1; i < args.size(); i++) {
        String a = args.get(i);
        if (a == null) {
          continue;
        }
        if (a.startsWith("-")) {
          if (TAKES_VALUE.contains(a) && !a.contains("=")) {
            i++;
          }
          continue;
        }
        out.add(new Installed(packageName(manager, a), manager, c));
      }
    }
    return out;
  }

  /** Whether the stage (or a stage it is built FROM) installs {@code name}. */
  public static boolean installs(Stage stage, String name) {
    return of(stage).stream().anyMatch(p -> p.name().equals(name));
  }

  private static int subcommand(List<String> args) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a == null) {
        return -1;
      }
      if (a.startsWith("-")) {
        if (TAKES_VALUE.contains(a)) {
          i++;
        }
        continue;
      }
      return i;
    }
    return -1;
  }

  private static boolean isInstall(String manager, String sub) {
    return switch (manager) {
      case "apk" -> sub.equals("add");
      case "zypper" -> sub.equals("install") || sub.equals("in");
      default -> sub.equals("install");
    };
  }

  /** {@code curl=8.5.0-2} (apt, apk {@code curl=8.5}, {@code curl~8}) gives {@code curl}. */
  private static String packageName(String manager, String operand) {
    String name = operand;
    for (String sep : List.of("=", "~", ">", "<")) {
      int i = name.indexOf(sep);
      if (i > 0) {
        name = name.substring(0, i);
      }
    }
    if (manager.equals("apt-get") || manager.equals("apt")) {
      int colon = name.indexOf(':'); // curl:amd64
      if (colon > 0) {
        name = name.substring(0, colon);
      }
    }
    return name;
  }
}
