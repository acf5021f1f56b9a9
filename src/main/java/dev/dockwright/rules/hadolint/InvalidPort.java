package dev.dockwright.rules.hadolint;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DL3011: EXPOSE of a port above 65535. */
@RuleSpec(
    code = "DL3011",
    name = "InvalidPort",
    severity = Severity.ERROR,
    origin = Origin.HADOLINT,
    summary = "Valid UNIX ports range from 0 to 65535.",
    rationale = "A port number above 65535 cannot exist: the EXPOSE documents nothing a"
        + " container can listen on, and usually hides a typo (`80000` for `8000`). Ports given"
        + " by a variable are not checked.",
    bad = "FROM python:3.12-slim\nEXPOSE 80000\n",
    good = "FROM python:3.12-slim\nEXPOSE 8000\n")
public final class InvalidPort implements Rule {

  private static final Pattern PORTS = Pattern.compile("(\\d+)(?:-(\\d+))?(?:/\\w+)?");

  @Override
  public void check(RuleContext context) {
    for (Instruction in : context.dockerfile().instructions()) {
      if (in.kind() != InstructionKind.EXPOSE || !(in.arguments() instanceof Arguments.Words w)) {
        continue;
      }
      for (Token word : w.words()) {
        Matcher m = PORTS.matcher(word.value());
        if (m.matches() && (tooHigh(m.group(1)) || m.group(2) != null && tooHigh(m.group(2)))) {
          context.report(word.range(), "Port " + word.value() + " is out of range: valid ports"
              + " are 0 to 65535.");
        }
      }
    }
  }

  private static boolean tooHigh(String digits) {
    String d = digits.replaceFirst("^0+(?=\\d)", "");
    return d.length() > 5 || Integer.parseInt(d) > 65535;
  }
}
