package dev.dockwright.rules.python;

import dev.dockwright.lint.Fix;
import dev.dockwright.lint.FixSafety;
import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.CommandStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.syntax.Range;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

@RuleSpec(
    code = "DW2002",
    name = "ShellFormServer",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    overlaps = {"DL3025", "JSONArgsRecommended"},
    summary = "The server is started by a shell that stays PID 1 (shell form, or a script"
        + " without exec), so SIGTERM never reaches it.",
    rationale = """
        `docker stop`, Kubernetes and every platform stop a container by sending SIGTERM to \
        PID 1 and, 10 to 30 seconds later, SIGKILL. With `CMD gunicorn app:app` PID 1 is \
        `/bin/sh -c`; as PID 1 the shell ignores SIGTERM and does not pass it on, so the \
        server never shuts down gracefully: in-flight requests are cut, and every stop takes \
        the full timeout. Whether a shell happens to replace itself by its last command \
        depends on the shell (dash, Debian's /bin/sh, does not reliably), and never happens \
        for `cd /app && gunicorn ...`. The same holds for an entrypoint script that starts the \
        server, or runs `"$@"`, without `exec`. Scripts are checked when their text is in the \
        Dockerfile (here-document) or in the build context beside it. An init that signals \
        the whole process group (dumb-init, `tini -g`) as PID 1 is left alone. DL3025 and \
        JSONArgsRecommended report every shell-form CMD or ENTRYPOINT; this rule reports only \
        those that start a server, and also catches `["sh", "-c", ...]` and entrypoint \
        scripts, which are exec form to them.""",
    bad = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        CMD cd /app && gunicorn --bind 0.0.0.0:8000 app:app
        """,
    good = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY . .
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """,
    fix = "When the server is the last command of a shell script written in the Dockerfile (shell"
        + " form or a here-document), prefixes it with `exec`.",
    fixSafety = FixSafety.SAFE)
public final class ShellFormServer implements Rule {

  @Override
  public void check(RuleContext context) {
    if (groupInit(context)) {
      return;
    }
    Set<Integer> reported = new HashSet<>();
    for (Launch launch : ImageStart.servers(context.model())) {
      Optional<Launch.Hop> found = launch.nonExecShell();
      if (found.isEmpty() || found.get().starter().background()) {
        continue;
      }
      Launch.Hop hop = found.get();
      if (!reported.add(hop.range().startOffset())) {
        continue;
      }
      String server = launch.server().display();
      String message;
      if (hop.script().isPresent() && !hop.script().get().heredoc()) {
        int line = lineOf(hop.script().get().text(), hop.starter().span().start());
        message = hop.description() + " starts " + describe(hop, server) + " without exec (line "
            + line + " of " + hop.script().get().name() + "): the script's shell stays PID 1 and"
            + " SIGTERM never reaches " + server + ". Write `exec " + firstWords(hop) + "`.";
      } else if (hop.script().isPresent()) {
        message = hop.description() + " starts " + describe(hop, server) + " without exec: the"
            + " script's shell stays PID 1 and SIGTERM never reaches " + server + ".";
      } else {
        message = kind(launch.step()) + " runs " + server + " under " + hop.description()
            + ": the shell is PID 1 and does not forward SIGTERM, so the server is killed"
            + " without a graceful shutdown. Use the exec form, or `exec " + firstWords(hop)
            + "`.";
      }
      Optional<Fix> fix = fix(context, hop);
      if (fix.isPresent()) {
        context.report(hop.range(), message, fix.get());
      } else {
        context.report(hop.range(), message);
      }
    }
  }

  /** {@code exec } before the command, when it ends a script whose text maps to the file. */
  private static Optional<Fix> fix(RuleContext context, Launch.Hop hop) {
    boolean mapped = hop.inline().isPresent()
        || hop.script().map(f -> f.sourceStart() >= 0).orElse(false);
    Invocation starter = hop.starter();
    if (!mapped || !hop.lastCommand() || starter.isPiped() || !starter.assignments().isEmpty()
        || starter.command().words().isEmpty()) {
      return Optional.empty();
    }
    Range at = hop.range();
    String text = context.file().text();
    if (at.startOffset() >= text.length()
        || !text.startsWith(starter.command().words().get(0).text(), at.startOffset())) {
      return Optional.empty(); // the command is not written where the map says (continuations)
    }
    return Optional.of(Fix.safe("Start the server with exec",
        TextEdit.insert(at.startOffset(), "exec ")));
  }

  private static String describe(Launch.Hop hop, String server) {
    String name = hop.starter().resolved().nameWord().text();
    return name.contains("$@") || name.contains("$*") ? "the command (" + name + ")" : server;
  }

  private static String kind(CommandStep step) {
    return step.kind().name() + (step.command() instanceof CommandSpec.Shell ? " in shell form"
        : "");
  }

  private static String firstWords(Launch.Hop hop) {
    List<String> words = hop.starter().command().words().stream().map(w -> w.text()).toList();
    String joined = String.join(" ", words.subList(0, Math.min(2, words.size())));
    return joined + (words.size() > 2 ? " ..." : "");
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** PID 1 is dumb-init (signals the process group) or {@code tini -g}. */
  private static boolean groupInit(RuleContext context) {
    Optional<CommandStep> entrypoint = context.model().finalStage().flatMap(s -> s.entrypoint());
    if (entrypoint.isEmpty() || !(entrypoint.get().command() instanceof CommandSpec.Exec exec)) {
      return false;
    }
    List<String> argv = exec.values();
    if (argv.isEmpty()) {
      return false;
    }
    String init = argv.get(0).substring(argv.get(0).lastIndexOf('/') + 1);
    return init.equals("dumb-init") && !argv.contains("--single-child") && !argv.contains("-c")
        || init.startsWith("tini") && argv.stream().anyMatch(a -> a.equals("-g"));
  }
}
