package dev.dockwright.model;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.ApkCommand;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.YumCommand;
import dev.dockwright.shell.commands.ZypperCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * The system packages a stage installs with its distribution's package manager (apt-get, apt,
 * apk, yum, dnf, microdnf, zypper), found by the shell recognisers in the parsed RUN scripts of the
 * stage and of the stages it is built FROM.
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
    for (RunStep.Command c : run.commands()) {
      Invocation inv = c.invocation();
      List<PackageSpec> packages = AptCommand.match(inv).filter(AptCommand::isInstall).map(AptCommand::packages)
          .or(() -> ApkCommand.match(inv).filter(ApkCommand::isAdd).map(ApkCommand::packages))
          .or(() -> YumCommand.match(inv).filter(YumCommand::isInstall).map(YumCommand::packages))
          .or(() -> ZypperCommand.match(inv).filter(ZypperCommand::isInstall).map(ZypperCommand::packages))
          .orElse(List.of());
      for (PackageSpec p : packages) {
        if (p.kind() == PackageSpec.Kind.NAME) {
          out.add(new Installed(p.name(), inv.program(), c));
        }
      }
    }
    return out;
  }

  /** Whether the stage (or a stage it is built FROM) installs {@code name}. */
  public static boolean installs(Stage stage, String name) {
    return of(stage).stream().anyMatch(p -> p.name().equals(name));
  }
}
