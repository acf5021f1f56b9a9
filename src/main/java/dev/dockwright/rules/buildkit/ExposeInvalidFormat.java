package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;

/**
 * BuildKit's ExposeInvalidFormat: an EXPOSE entry with an IP address or a host port
 * ({@code 127.0.0.1:80:80}, {@code 5000:5000}), which belong to {@code docker run -p}.
 */
@RuleSpec(
    code = "ExposeInvalidFormat",
    name = "ExposeInvalidFormat",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "IP address and host-port mapping should not be used in EXPOSE instruction. This "
        + "will become an error in a future release",
    rationale = """
        EXPOSE documents which container ports the image listens on; it cannot publish them. \
        Docker ignores the address and host port (only the container port is recorded), so \
        `EXPOSE 127.0.0.1:8080:80` does not do what it says, and BuildKit will reject it.""",
    bad = """
        FROM alpine
        EXPOSE 127.0.0.1:80:80
        """,
    good = """
        FROM alpine
        EXPOSE 80
        """)
public final class ExposeInvalidFormat implements Rule {

  @Override
  public void check(RuleContext context) {
    for (ExposePorts.Linted entry : ExposePorts.linted(context.model())) {
      if (!entry.parsed().ip().isEmpty() || !entry.parsed().hostPort().isEmpty()) {
        context.report(entry.expose().range(), "EXPOSE instruction should not define an IP address"
            + " or host-port mapping, found '" + entry.port().text() + "'");
      }
    }
  }
}
