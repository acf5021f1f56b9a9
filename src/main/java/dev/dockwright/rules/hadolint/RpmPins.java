package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleContext;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Scope;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.YumCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Version pins of yum/dnf installs (DL3033, DL3041): {@code name-version} where the version
 * starts with a digit ({@code httpd-2.4.6}, {@code openssl-1:1.1.1k}, {@code gcc-c++-11.4}),
 * {@code name:stream} for modules, a package file. A version given through a variable counts
 * when the variable has a value there ({@code git-core-${version}} after
 * {@code ARG version=2.51.0}) or is a build argument without default; a variable nothing defines
 * in that stage gives no version at all and is reported as such.
 */
final class RpmPins {

  private RpmPins() {}

  private static final Pattern VERSIONED = Pattern.compile("^(.+?)-(\\d[A-Za-z0-9.~^_:+-]*)$");

  /** Reports the installs by {@code tools} that leave packages unpinned. */
  static void check(RuleContext context, Set<String> tools) {
    DockerfileModel model = context.model();
    for (RunUnit run : RunUnit.all(model)) {
      Scope scope = RunVariables.scope(model, run);
      for (var f : PackageCommands.find(run, YumCommand::match)) {
        YumCommand y = f.recognised();
        if (!tools.contains(y.tool()) || !RpmActions.installsNamedPackages(y)) {
          continue;
        }
        boolean module = y.action().equals("module");
        List<String> unpinned = new ArrayList<>();
        List<String> undefined = new ArrayList<>();
        for (PackageSpec p : y.packages()) {
          String written = p.text();
          if (written.startsWith("@")) {
            continue; // a group or module profile: nothing to pin
          }
          RunVariables.Resolved r = RunVariables.resolve(p.word(), y.invocation(), scope, "0");
          if (!r.undefined().isEmpty()) {
            undefined.add("`" + written + "` (`" + r.undefined().get(0) + "` is not defined here)");
          } else if (!(module ? r.text().contains(":") : versioned(r.text()))) {
            unpinned.add(written);
          }
        }
        if (!unpinned.isEmpty() || !undefined.isEmpty()) {
          List<String> parts = new ArrayList<>();
          if (!unpinned.isEmpty()) {
            parts.add("Pin the version of " + PackageCommands.list(unpinned)
                + (module ? " (`module:stream`)." : " (`name-version`)."));
          }
          if (!undefined.isEmpty()) {
            parts.add("No version reaches " + String.join(", ", undefined)
                + ": ARG and ENV of other stages are not visible in this one.");
          }
          context.report(f.command().range(), String.join(" ", parts));
        }
      }
    }
  }

  static boolean versioned(String pkg) {
    String lower = pkg.toLowerCase(Locale.ROOT);
    return lower.endsWith(".rpm") || VERSIONED.matcher(pkg).matches();
  }
}
