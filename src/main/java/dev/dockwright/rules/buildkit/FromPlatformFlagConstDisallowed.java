package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.expand.Expansion;

/**
 * BuildKit's FromPlatformFlagConstDisallowed: {@code FROM --platform=} with a constant value.
 * Allowed when the stage's name contains the platform's OS or architecture
 * ({@code AS build_amd64}): such stages are picked per platform, e.g. {@code FROM build_$TARGETARCH}.
 */
@RuleSpec(
    code = "FromPlatformFlagConstDisallowed",
    name = "FromPlatformFlagConstDisallowed",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL3029"},
    summary = "FROM --platform flag should not use a constant value",
    rationale = """
        A constant platform pins the stage to one architecture: a multi-platform build then \
        produces, say, an amd64 binary inside the arm64 image (which fails with `exec format \
        error`), and builds on other machines run under emulation. Use $BUILDPLATFORM or \
        $TARGETPLATFORM, or name per-architecture stages after their platform.""",
    bad = """
        FROM --platform=linux/amd64 alpine AS base
        RUN apk add --no-cache git
        """,
    good = """
        FROM --platform=${BUILDPLATFORM} alpine AS base
        RUN apk add --no-cache git
        """)
public final class FromPlatformFlagConstDisallowed implements Rule {

  @Override
  public void check(RuleContext context) {
    for (GlobalArgs.PlatformFlag flag : GlobalArgs.platformFlags(context.model())) {
      Expansion e = flag.expanded();
      if (e.failed() || !e.matched().isEmpty() || !e.unmatched().isEmpty()) {
        continue; // a variable is involved: not a constant
      }
      Platforms.Platform p;
      try {
        p = Platforms.parse(e.text());
      } catch (Platforms.InvalidPlatform invalid) {
        continue; // the build fails on it anyway
      }
      String name = FromLine.stageName(flag.stage().from()).orElse("");
      if (name.contains(p.os()) || name.contains(p.architecture())) {
        continue;
      }
      context.report(flag.stage().range(), "FROM --platform flag should not use constant value "
          + Go.quote(e.text()));
    }
  }
}
