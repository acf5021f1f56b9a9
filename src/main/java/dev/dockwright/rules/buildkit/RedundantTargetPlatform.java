package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.syntax.expand.Expansion;
import java.util.Objects;

/**
 * BuildKit's RedundantTargetPlatform: {@code FROM --platform=$TARGETPLATFORM}, which is what a
 * FROM without {@code --platform} does. Reported when TARGETPLATFORM is the only variable the
 * value uses and the value is exactly it.
 */
@RuleSpec(
    code = "RedundantTargetPlatform",
    name = "RedundantTargetPlatform",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the "
        + "default behavior",
    rationale = """
        Every stage is built for the target platform unless told otherwise, so \
        `--platform=$TARGETPLATFORM` adds noise, and suggests to readers that the stage is \
        special. `--platform=$BUILDPLATFORM` (cross-compiling stages) is the flag that matters.""",
    bad = """
        FROM --platform=$TARGETPLATFORM alpine AS builder
        RUN apk add --no-cache git
        """,
    good = """
        FROM alpine AS builder
        RUN apk add --no-cache git
        """)
public final class RedundantTargetPlatform implements Rule {

  private static final String TARGET_PLATFORM = "TARGETPLATFORM";

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (GlobalArgs.PlatformFlag flag : GlobalArgs.platformFlags(model)) {
      Expansion e = flag.expanded();
      if (e.matched().size() == 1 && e.unmatched().isEmpty()
          && e.matched().contains(TARGET_PLATFORM)
          && Objects.equals(e.text(), model.globalScope().get(TARGET_PLATFORM))) {
        context.report(flag.stage().range(), "Setting platform to predefined " + flag.written()
            + " in FROM is redundant as this is the default behavior");
      }
    }
  }
}
