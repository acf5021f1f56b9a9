package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Instruction;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** BuildKit's DuplicateStageName: a second stage with a name already used (case-insensitive). */
@RuleSpec(
    code = "DuplicateStageName",
    name = "DuplicateStageName",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL3024"},
    summary = "Stage names should be unique",
    rationale = """
        When two stages share a name, `FROM name`, `COPY --from=name` and `--target name` pick \
        one of them by position rules few people remember (a later FROM sees the latest earlier \
        definition, COPY --from and --target the last one in the file), so the build may use a \
        different stage than the one you are reading.""",
    bad = """
        FROM debian:latest AS builder
        RUN apt-get update; apt-get install -y curl

        FROM golang:latest AS builder
        """,
    good = """
        FROM debian:latest AS deb-builder
        RUN apt-get update; apt-get install -y curl

        FROM golang:latest AS go-builder
        """)
public final class DuplicateStageName implements Rule {

  @Override
  public void check(RuleContext context) {
    Set<String> seen = new HashSet<>();
    for (Instruction from : context.dockerfile().instructions()) {
      Optional<String> name = FromLine.isFrom(from) ? FromLine.stageName(from) : Optional.empty();
      if (name.isPresent() && !seen.add(name.get())) {
        context.report(from.range(), "Duplicate stage name " + Go.quote(name.get())
            + ", stage names should be unique");
      }
    }
  }
}
