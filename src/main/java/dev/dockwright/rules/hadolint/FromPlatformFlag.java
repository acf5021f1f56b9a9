package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Flag;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * DL3029: {@code FROM --platform} with a fixed platform. A platform taken from BuildKit's
 * automatic platform ARGs ({@code $BUILDPLATFORM}, {@code $TARGETPLATFORM}, and their
 * {@code OS}/{@code ARCH}/{@code VARIANT} parts) follows the build and is fine; hadolint accepts
 * only the two {@code PLATFORM} names.
 */
@RuleSpec(
    code = "DL3029",
    name = "FromPlatformFlag",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Do not use --platform flag with FROM.",
    rationale = "A fixed `--platform=linux/amd64` forces that architecture whatever the build"
        + " asks for: on an ARM machine the image runs under emulation (slowly) and a"
        + " multi-platform build produces the wrong architecture. Use `--platform=$BUILDPLATFORM`"
        + " for stages that only build things (cross-compiling for `$TARGETPLATFORM`), and leave"
        + " the flag off otherwise; choose the platform on the command line (`docker build"
        + " --platform`).",
    bad = "FROM --platform=linux/amd64 python:3.12-slim\n",
    good = "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM python:3.12-slim\n")
public final class FromPlatformFlag implements Rule {

  private static final Pattern AUTOMATIC =
      Pattern.compile("\\$\\{?(BUILD|TARGET)(PLATFORM|OS|ARCH|VARIANT)\\b");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      Optional<Flag> platform = stage.from().flag("platform");
      if (platform.isPresent()
          && !AUTOMATIC.matcher(platform.get().value().orElse("")).find()) {
        context.report(platform.get().range(), "`" + platform.get().text() + "` pins the"
            + " stage to one platform whatever the build targets: drop it, or use"
            + " $BUILDPLATFORM / $TARGETPLATFORM.");
      }
    }
  }
}
