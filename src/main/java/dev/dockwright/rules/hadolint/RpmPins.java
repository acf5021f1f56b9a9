package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.RuleContext;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Scope;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.YumCommand;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Version pins of yum/dnf installs (DL3033, DL3041): {@code name-version} where the version
 * starts with a digit ({@code httpd-2.4.6}, {@code openssl-1:1.1.1k}, {@code gcc-c++-11.4}),
 * {@code name:stream} for modules, a package file. A version given through a variable counts
 * when the variable has a value there ({@code git-core-${version}} after
 * {@code ARG version=2.51.0}) or is a build argument without default. A variable that only
 * another stage defines gives no version at all, and the finding says so.
 */
final class RpmPins {

  private RpmPins() {}

  private static final Pattern VERSIONED = Pattern.compile("^(.+?)-(\\d[A-Za-z0-9.~^_:+-]*)$");

  /** Reports the installs by {@code tools} that leave packages unpinned. */
  static void check(RuleContext context, Set<String> tools) {
    DockerfileModel model = context.model();
    Set<String> declared = declaredNames(model);
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
          Optional<String> elsewhere = r.undefined().stream().filter(declared::contains).findFirst();
          if (elsewhere.isPresent()) {
            undefined.add("`" + written + "` (`" + elsewhere.get() + "` is not defined here)");
          } else if (!r.undefined().isEmpty()
              || !(module ? r.text().contains(":") : versioned(r.text()))) {
            unpinned.add(written); // a variable nothing defines gives no version
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

  /** Every name an ARG or ENV of the file declares, in any stage. */
  private static Set<String> declaredNames(DockerfileModel model) {
    Set<String> names = new HashSet<>();
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.arguments() instanceof Arguments.ArgDeclarations decls) {
        decls.declarations().forEach(d -> names.add(d.name().value()));
      } else if (in.kind() == InstructionKind.ENV && in.arguments() instanceof Arguments.NameValues nv) {
        nv.pairs().forEach(kv -> names.add(kv.key().value()));
      }
    }
    return names;
  }

  static boolean versioned(String pkg) {
    String lower = pkg.toLowerCase(Locale.ROOT);
    return lower.endsWith(".rpm") || VERSIONED.matcher(pkg).matches();
  }
}
