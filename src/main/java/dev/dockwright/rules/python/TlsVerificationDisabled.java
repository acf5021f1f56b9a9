package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgStep;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.CurlCommand;
import dev.dockwright.shell.commands.ParsedArgs;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.UvCommand;
import dev.dockwright.shell.commands.WgetCommand;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@RuleSpec(
    code = "DW2005",
    name = "TlsVerificationDisabled",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "TLS certificate verification is turned off (pip --trusted-host, curl -k, wget"
        + " --no-check-certificate, PYTHONHTTPSVERIFY=0, ...).",
    rationale = """
        Without certificate verification anyone on the network path (a proxy, a compromised \
        Wi-Fi, a hostile CI runner's network) can answer in the index's or server's name and \
        hand the build a package of their choosing, which then runs with full rights in the \
        image. `pip --trusted-host`/`PIP_TRUSTED_HOST` and uv's `--allow-insecure-host`/\
        `UV_INSECURE_HOST` accept any certificate (and plain HTTP) for a host, `curl -k` and \
        `wget --no-check-certificate` accept any certificate, `git -c http.sslVerify=false` and \
        `GIT_SSL_NO_VERIFY` do the same for git. Set in ENV of the final image, \
        `PYTHONHTTPSVERIFY=0` (and `NODE_TLS_REJECT_UNAUTHORIZED=0`) also turn verification \
        off for the running service's own outgoing requests. When a corporate proxy \
        re-signs traffic, install its CA certificate instead (`update-ca-certificates`, \
        `PIP_CERT`, `REQUESTS_CA_BUNDLE`). Every stage that is built is checked.""",
    bad = """
        FROM python:3.12-slim
        RUN pip install --trusted-host pypi.org --trusted-host files.pythonhosted.org flask
        RUN curl -kfsSL https://example.org/install.sh -o /tmp/install.sh
        """,
    good = """
        FROM python:3.12-slim
        COPY corp-ca.crt /usr/local/share/ca-certificates/corp-ca.crt
        RUN update-ca-certificates
        ENV PIP_CERT=/etc/ssl/certs/ca-certificates.crt
        RUN pip install --no-cache-dir flask
        """)
public final class TlsVerificationDisabled implements Rule {

  /** Variables that turn verification off, and when. */
  private static final Map<String, String> VARIABLES = Map.of(
      "PIP_TRUSTED_HOST", "any", "UV_INSECURE_HOST", "any", "PYTHONHTTPSVERIFY", "0",
      "GIT_SSL_NO_VERIFY", "any", "NODE_TLS_REJECT_UNAUTHORIZED", "0",
      "CURL_INSECURE", "any");

  @Override
  public void check(RuleContext context) {
    for (Stage stage : context.model().reachableStages()) {
      for (EnvStep env : stage.steps(EnvStep.class)) {
        for (Variable v : env.variables()) {
          variable(context, "ENV", v.name(), v.value(), v.pair().range());
        }
      }
      for (ArgStep arg : stage.steps(ArgStep.class)) {
        for (ArgStep.Arg a : arg.args()) {
          if (a.defaultValue().isPresent()) {
            variable(context, "ARG", a.name(), a.defaultValue().get(),
                a.declaration().word().range());
          }
        }
      }
      for (RunStep run : stage.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          command(context, c);
        }
      }
    }
  }

  private static void variable(RuleContext context, String kind, String name, String value,
      Range range) {
    String when = VARIABLES.get(name);
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (when == null || v.isEmpty() || v.contains("$")) {
      return;
    }
    boolean off = when.equals("0") ? v.equals("0") || v.equals("false")
        : !v.equals("0") && !v.equals("false") && !v.equals("no");
    if (off) {
      context.report(range, kind + " " + name + "=" + value.strip() + " turns TLS certificate"
          + " verification off" + (name.equals("PYTHONHTTPSVERIFY")
              || name.equals("NODE_TLS_REJECT_UNAUTHORIZED") ? " for every HTTPS request the"
              + " service makes" : "") + ". Trust the right CA certificate instead.");
    }
  }

  private static void command(RuleContext context, RunStep.Command c) {
    Invocation inv = c.invocation();
    Optional<PipCommand> pip = PipCommand.match(inv);
    if (pip.isPresent()) {
      for (ParsedArgs.Option o : pip.get().trustedHosts()) {
        report(context, c, o.word(), o.valueWord().orElse(o.word()), o.spelling() + " "
            + o.value().orElse("") + " lets "
            + (pip.get().frontend() == PipCommand.Frontend.UV ? "uv" : "pip")
            + " accept any certificate (or plain HTTP) from that host");
      }
      if (pip.get().action().equals("config") && inv.args().stream()
          .anyMatch(w -> w.unquoted().toLowerCase(Locale.ROOT).endsWith("trusted-host"))) {
        context.report(c.range(), "pip config sets trusted-host: pip accepts any certificate"
            + " from that host. Trust the right CA certificate instead.");
      }
    }
    UvCommand.match(inv).ifPresent(uv -> uv.args().all("allow-insecure-host").forEach(o ->
        report(context, c, o.word(), o.valueWord().orElse(o.word()),
            "--allow-insecure-host lets uv accept any certificate from that host")));
    CurlCommand.match(inv).filter(CurlCommand::insecure).flatMap(curl ->
        curl.args().first("insecure")).ifPresent(o -> report(context, c, o.word(), o.word(),
            "curl " + o.spelling() + " accepts any certificate"));
    WgetCommand.match(inv).filter(WgetCommand::noCheckCertificate).flatMap(w ->
        w.args().first("no-check-certificate")).ifPresent(o -> report(context, c, o.word(),
            o.word(), "wget --no-check-certificate accepts any certificate"));
    if (inv.is("git")) {
      List<Word> args = inv.args();
      for (int i = 0; i < args.size(); i++) {
        String a = args.get(i).unquoted().toLowerCase(Locale.ROOT).replace(" ", "=");
        if (a.matches(".*http\\.sslverify=?(false|0|no)") || a.equals("http.sslverify")
            && i + 1 < args.size() && args.get(i + 1).unquoted().equalsIgnoreCase("false")) {
          report(context, c, args.get(i), args.get(i), "git http.sslVerify=false accepts any"
              + " certificate");
          break;
        }
      }
    }
    if (inv.is("npm", "yarn", "pnpm")) {
      List<String> args = inv.resolved().argTexts();
      if (args.contains("strict-ssl") && args.contains("false")) {
        context.report(c.range(), inv.program() + " strict-ssl false accepts any certificate."
            + " Trust the right CA certificate instead (cafile).");
      }
    }
  }

  private static void report(RuleContext context, RunStep.Command c, Word from, Word to,
      String what) {
    Range a = c.source().range(from.span());
    Range b = c.source().range(to.span());
    Range range = b.endOffset() >= a.startOffset() ? new Range(a.start(), b.end()) : a;
    context.report(range, what + ": a man in the middle can serve anything. Trust the right CA"
        + " certificate instead.");
  }
}
