package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.syntax.InstructionKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * BuildKit's MultipleInstructionsDisallowed: a stage has more than one CMD, ENTRYPOINT or
 * HEALTHCHECK. Each overridden one is reported, at its own line, named as the later one is
 * written. Overriding what a parent stage set is fine (that is how images are customised).
 */
@RuleSpec(
    code = "MultipleInstructionsDisallowed",
    name = "MultipleInstructionsDisallowed",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    overlaps = {"DL3012", "DL4003", "DL4004"},
    summary = "Multiple instructions of the same type should not be used in the same stage",
    rationale = """
        Only the last CMD, ENTRYPOINT or HEALTHCHECK of a stage takes effect; the earlier ones \
        are dead code that readers take for the real configuration (often a leftover from \
        copy-pasting or merging).""",
    bad = """
        FROM alpine
        ENTRYPOINT ["echo", "Hello, Norway!"]
        ENTRYPOINT ["echo", "Hello, Sweden!"]
        # Only "Hello, Sweden!" will be printed
        """,
    good = """
        FROM python:alpine
        RUN apk add curl
        HEALTHCHECK --interval=1s --timeout=3s \\
          CMD ["curl", "-f", "http://localhost:8080"]
        CMD ["python", "-m", "http.server", "8080"]
        """)
public final class MultipleInstructionsDisallowed implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().stages()) {
      Map<InstructionKind, Step> last = new EnumMap<>(InstructionKind.class);
      for (Step step : stage.steps()) {
        InstructionKind kind = step.kind();
        if (kind != InstructionKind.CMD && kind != InstructionKind.ENTRYPOINT
            && kind != InstructionKind.HEALTHCHECK) {
          continue;
        }
        Step previous = last.put(kind, step);
        if (previous != null) {
          context.report(previous.range(), "Multiple " + step.instruction().keyword().value()
              + " instructions should not be used in the same stage because only the last one"
              + " will be used");
        }
      }
    }
  }
}
