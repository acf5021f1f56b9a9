package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.commands.GoCommand;
import dev.dockwright.shell.commands.PackageSpec;
import java.util.List;

/**
 * DL3062: {@code go install}, {@code go get} or {@code go run} of a module package without a
 * version, or with {@code @latest}/{@code @none}. Local packages ({@code .}, {@code ./cmd},
 * absolute paths) need none.
 */
@RuleSpec(
    code = "DL3062",
    name = "GoPinVersions",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Pin versions in go. Instead of `go install <package>` use"
        + " `go install <package>@<version>`",
    rationale = "`go install example.com/tool` (or `@latest`) builds whatever the module's"
        + " newest version is on the day of the build: the image changes without any change to"
        + " the Dockerfile, and a broken or malicious release gets in unnoticed. Name the"
        + " version (`@v1.2.3`) or a commit. For `go run` only the package is checked, not the"
        + " program's arguments.",
    bad = "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\n",
    good = "FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n")
public final class GoPinVersions implements Rule {

  @Override
  public void check(RuleContext context) {
    for (RunUnit run : RunUnit.all(context.model())) {
      for (var f : PackageCommands.find(run, GoCommand::match)) {
        List<String> unpinned = f.recognised().packages().stream()
            .filter(p -> !p.word().is("tool") && !pinned(p)).map(PackageSpec::text).toList();
        if (!unpinned.isEmpty()) {
          context.report(f.command().range(), "Pin the version of "
              + PackageCommands.list(unpinned) + " (`go " + f.recognised().action()
              + " <package>@<version>`).");
        }
      }
    }
  }

  private static boolean pinned(PackageSpec p) {
    if (p.kind() == PackageSpec.Kind.PATH || p.text().startsWith(".")
        || p.text().startsWith("/")) {
      return true;
    }
    return p.version().filter(v -> !v.equals("latest") && !v.equals("none")).isPresent();
  }
}
