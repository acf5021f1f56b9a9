package dev.dockwright.rules.hadolint;

import dev.dockwright.shell.commands.YumCommand;
import java.util.Set;

/** What the yum/dnf rules (DL3030, DL3032, DL3033, DL3038, DL3040, DL3041) ask of an action. */
final class RpmActions {

  private RpmActions() {}

  /** Actions that change installed packages, and so prompt unless {@code -y} is given. */
  private static final Set<String> CHANGES = Set.of("install", "in", "groupinstall",
      "localinstall", "reinstall", "rei", "upgrade", "up", "update", "upgrade-minimal", "up-min",
      "downgrade", "distro-sync", "remove", "erase", "rm", "autoremove", "groupremove",
      "groupupdate");

  /** Actions that download packages or metadata into the cache. */
  private static final Set<String> FILLS = Set.of("install", "in", "groupinstall", "localinstall",
      "reinstall", "rei", "upgrade", "up", "update", "upgrade-minimal", "up-min", "downgrade",
      "distro-sync", "makecache", "groupupdate");

  private static final Set<String> WITH_SUBCOMMAND = Set.of("module", "group", "groups");

  /** {@code module install}, {@code group install}, ... */
  private static boolean sub(YumCommand y, Set<String> actions) {
    return WITH_SUBCOMMAND.contains(y.action()) && actions.contains(y.subAction());
  }

  /** Would ask for confirmation (and fail a build, which has no terminal) without {@code -y}. */
  static boolean prompts(YumCommand y) {
    return CHANGES.contains(y.action()) || sub(y, CHANGES);
  }

  /** {@code -y}, {@code --assumeyes} or {@code --setopt=assumeyes=1}. */
  static boolean assumesYes(YumCommand y) {
    return y.assumeYes() || y.args().values("setopt").stream()
        .anyMatch(v -> v.replace(" ", "").matches("(?i)assumeyes=(1|true|yes|on)"));
  }

  /** Downloads into the package cache. */
  static boolean fillsCache(YumCommand y) {
    return FILLS.contains(y.action()) || sub(y, FILLS);
  }

  /** Installs the packages named by its operands: {@code install} or {@code module install}. */
  static boolean installsNamedPackages(YumCommand y) {
    return y.action().equals("install") || y.action().equals("in")
        || y.action().equals("module") && y.subAction().equals("install");
  }
}
