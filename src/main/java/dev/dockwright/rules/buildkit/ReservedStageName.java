package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import java.util.Optional;
import java.util.Set;

/** BuildKit's ReservedStageName: a stage named {@code scratch} or {@code context}. */
@RuleSpec(
    code = "ReservedStageName",
    name = "ReservedStageName",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Reserved words should not be used as stage names",
    rationale = """
        `scratch` is the empty base image and `context` the build context; a stage with one of \
        these names makes `FROM scratch` or `COPY --from=context` ambiguous to readers, and \
        named build contexts (`--build-context`) cannot override it.""",
    bad = """
        FROM alpine AS scratch
        FROM alpine AS context
        """,
    good = """
        FROM alpine AS builder
        """)
public final class ReservedStageName implements Rule {

  private static final Set<String> RESERVED = Set.of("context", "scratch");

  @Override
  public void check(RuleContext context) {
    for (Instruction from : context.dockerfile().instructions()) {
      Optional<String> name = FromLine.isFrom(from) ? FromLine.stageName(from) : Optional.empty();
      if (name.isPresent() && RESERVED.contains(name.get())) {
        context.report(from.range(), "Stage name should not use the same name as reserved stage "
            + Go.quote(name.get()));
      }
    }
  }
}
