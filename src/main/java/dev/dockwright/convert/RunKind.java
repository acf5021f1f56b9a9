package dev.dockwright.convert;

import dev.dockwright.model.RunStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.ApkCommand;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.UserAddCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a RUN does, as far as reshaping stages cares: installs Python packages with pip, creates
 * a virtualenv, installs system packages, creates users, or something else. Read from the
 * parsed script, command by command; housekeeping (apt-get update, removing caches, echo) is
 * neutral and never decides.
 */
record RunKind(
    RunStep run,
    List<PipCommand> pip,
    List<Invocation> venvs,
    List<SystemInstall> systemInstalls,
    List<Invocation> other,
    boolean usersOnly) {

  /** One system package install command and its packages. */
  record SystemInstall(Invocation invocation, String manager, List<PackageSpec> packages) {}

  /** Tools that manage Python packages but are not pip. */
  static final Set<String> OTHER_INSTALLERS = Set.of("poetry", "pipenv", "pdm", "uv", "conda",
      "mamba", "micromamba", "pipx", "hatch");

  private static final Set<String> NEUTRAL = Set.of("rm", "echo", "printf", "true", ":", "set",
      "export", "ldconfig", "update-ca-certificates", "test", "[", "find", "sleep");

  static RunKind of(RunStep run) {
    List<PipCommand> pip = new ArrayList<>();
    List<Invocation> venvs = new ArrayList<>();
    List<SystemInstall> installs = new ArrayList<>();
    List<Invocation> other = new ArrayList<>();
    boolean users = true;
    for (RunStep.Command c : run.commands()) {
      Invocation inv = c.invocation();
      String program = inv.program();
      if (program == null) {
        continue; // assignments only
      }
      Optional<PipCommand> p = PipCommand.match(inv);
      Optional<AptCommand> apt = AptCommand.match(inv);
      Optional<ApkCommand> apk = ApkCommand.match(inv);
      if (p.isPresent() && p.get().frontend() == PipCommand.Frontend.PIP) {
        pip.add(p.get());
        users = false;
      } else if (program.equals("venv") || program.equals("virtualenv")) {
        venvs.add(inv);
        users = false;
      } else if (apt.isPresent()) {
        if (apt.get().isInstall()) {
          installs.add(new SystemInstall(inv, apt.get().tool(), apt.get().packages()));
          users = false;
        }
      } else if (apk.isPresent()) {
        if (apk.get().isAdd()) {
          installs.add(new SystemInstall(inv, "apk", apk.get().packages()));
          users = false;
        }
      } else if (UserAddCommand.match(inv).isPresent() || program.equals("usermod")) {
        // creating users: neutral for everything but usersOnly
      } else if (!NEUTRAL.contains(program)) {
        other.add(inv);
        users = false;
      }
    }
    return new RunKind(run, pip, venvs, installs, other, users && !run.commands().isEmpty());
  }

  /** Installs (or removes, or builds wheels of) Python packages with pip. */
  boolean isPip() {
    return !pip.isEmpty();
  }

  /** Installs system packages and does nothing else but housekeeping. */
  boolean isSystemOnly() {
    return !systemInstalls.isEmpty() && pip.isEmpty() && venvs.isEmpty() && other.isEmpty();
  }

  /** A Python package manager other than pip, if one runs here. */
  Optional<Invocation> otherInstaller() {
    return other.stream().filter(i -> OTHER_INSTALLERS.contains(i.program())).findFirst();
  }

  /** Every system package this RUN installs. */
  List<PackageSpec> systemPackages() {
    List<PackageSpec> out = new ArrayList<>();
    for (SystemInstall s : systemInstalls) {
      out.addAll(s.packages().stream().filter(p -> p.kind() == PackageSpec.Kind.NAME).toList());
    }
    return out;
  }
}
