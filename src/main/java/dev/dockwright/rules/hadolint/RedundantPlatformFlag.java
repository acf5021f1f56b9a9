package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import java.util.Optional;

/** DL3065: {@code FROM --platform=$TARGETPLATFORM}, which is what FROM does anyway. */
@RuleSpec(
    code = "DL3065",
    name = "RedundantPlatformFlag",
    severity = Severity.WARNING,
    origin = Origin.HADOLINT,
    summary = "Setting `FROM --platform` to predefined `$TARGETPLATFORM` in is redundant as this"
        + " is the default behavior",
    rationale = "Every stage is built for the target platform unless its FROM says otherwise,"
        + " so `--platform=$TARGETPLATFORM` only adds noise and suggests to readers that the"
        + " stage is special. The flag that matters is `--platform=$BUILDPLATFORM`, for stages"
        + " that cross-compile. BuildKit reports the same as RedundantTargetPlatform.",
    bad = "FROM --platform=$TARGETPLATFORM python:3.12-slim\n",
    good = "FROM python:3.12-slim\n",
    fix = "Removes the `--platform=$TARGETPLATFORM` flag. Safe: the stage is built for the"
        + " target platform either way.",
    fixSafety = FixSafety.SAFE)
public final class RedundantPlatformFlag implements Rule {

  @Override
  public void check(RuleContext context) {
    String text = context.file().text();
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.FROM) {
        continue;
      }
      Optional<Flag> platform = in.flag("platform");
      Optional<String> value = platform.flatMap(Flag::value);
      if (value.isEmpty()
          || !(value.get().equals("$TARGETPLATFORM") || value.get().equals("${TARGETPLATFORM}"))) {
        continue;
      }
      int start = platform.get().range().startOffset();
      int end = platform.get().range().endOffset();
      while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
        end++;
      }
      context.report(platform.get().range(), "`FROM --platform=" + value.get() + "` is"
          + " redundant: stages are built for the target platform by default.",
          Fix.safe("Remove --platform", TextEdit.delete(start, end)));
    }
  }
}
