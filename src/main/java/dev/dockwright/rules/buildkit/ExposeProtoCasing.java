package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.PortSpec;

/** BuildKit's ExposeProtoCasing: an EXPOSE protocol such as {@code 80/TCP} is not lowercase. */
@RuleSpec(
    code = "ExposeProtoCasing",
    name = "ExposeProtoCasing",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Protocol in EXPOSE instruction should be lowercase",
    rationale = """
        Docker lower-cases the protocol when it records the port, so `80/TCP` works, but the \
        image metadata then differs from the Dockerfile, and other tools reading the \
        Dockerfile (compose converters, scanners) may not accept the upper-case form.""",
    bad = """
        FROM alpine
        EXPOSE 80/TcP
        """,
    good = """
        FROM alpine
        EXPOSE 80/tcp
        """,
    fix = "Lower-cases the protocol (Docker records it lower-cased anyway).",
    fixSafety = FixSafety.SAFE)
public final class ExposeProtoCasing implements Rule {

  @Override
  public void check(RuleContext context) {
    for (ExposePorts.Linted entry : ExposePorts.linted(context.model())) {
      if (Go.isLower(entry.parsed().protocol())) {
        continue;
      }
      PortSpec port = entry.port();
      String message = "Defined protocol '" + port.text()
          + "' in EXPOSE instruction should be lowercase";
      String written = context.text(port.range());
      int slash = written.lastIndexOf('/');
      if (written.equals(port.text()) && slash >= 0) {
        int start = port.range().startOffset() + slash + 1;
        context.report(entry.expose().range(), message, Fix.safe("Lower-case the protocol",
            TextEdit.replace(start, port.range().endOffset(),
                Go.toLower(written.substring(slash + 1)))));
      } else {
        context.report(entry.expose().range(), message);
      }
    }
  }
}
