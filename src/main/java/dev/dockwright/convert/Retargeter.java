package dev.dockwright.convert;

import dev.dockwright.generate.DockerfileRenderer;
import dev.dockwright.generate.Target;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.PortSpec;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.python.HealthCheck;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Retargets the final stage to a platform, the way init writes for it: the port the server
 * listens on (its command-line option, a {@code *PORT} variable, EXPOSE), the health check
 * (init's standard-library probe on the new port and, for port-8080, on {@code /health}), the
 * user (see {@link UserSetup}) and, for Cloud Run, {@code $PORT}: a server told its port on the
 * command line runs under {@code sh -c 'exec ...'} so it stays PID 1 and gets SIGTERM itself;
 * gunicorn, which reads {@code $PORT} on its own, just loses its {@code --bind}.
 */
final class Retargeter {
  private static final Set<String> ANY_HOST = Set.of("", "0.0.0.0", "[::]", "*");
  /** ENTRYPOINTs that run CMD as a command of its own: a shell in CMD works under them. */
  private static final Set<String> INIT_WRAPPERS = Set.of("tini", "tini-static", "dumb-init",
      "catatonit");

  private final String fileName;
  private final Edits edits;
  private final FinalStage fin;
  private final List<String> notes;

  private Retargeter(String fileName, Edits edits, DockerfileModel model, List<String> notes) {
    this.fileName = fileName;
    this.edits = edits;
    this.fin = new FinalStage(model);
    this.notes = notes;
  }

  /** Only the user: a non-root one when the image runs as root (what a split adds). */
  static String ensureNonRootUser(String fileName, Edits edits, DockerfileModel model,
      List<String> notes) {
    Retargeter r = new Retargeter(fileName, edits, model, notes);
    new UserSetup(edits, r.fin, notes).apply(false);
    return edits.apply();
  }

  static String retarget(String fileName, Edits edits, DockerfileModel model, Target target,
      OptionalInt port, List<String> notes) {
    Retargeter r = new Retargeter(fileName, edits, model, notes);
    // The user first: insertions at one place keep their order, and init's is USER, ENV, EXPOSE.
    new UserSetup(edits, r.fin, notes).apply(target == Target.HF_SPACES);
    r.port(target, port);
    return edits.apply();
  }

  // ----------------------------------------------------------------------------------- port

  private void port(Target target, OptionalInt wanted) {
    Stage stage = fin.stage();
    Optional<ServerCommand> cmd = stage.cmd().map(ServerCommand::of);
    Optional<ServerCommand> entrypoint = stage.entrypoint().map(ServerCommand::of);
    Optional<ServerCommand> server = cmd.filter(c -> !c.mentions().isEmpty())
        .or(() -> entrypoint.filter(e -> !e.mentions().isEmpty()));
    Map<String, Variable> envPorts = envPorts(stage);
    List<PortSpec> exposed = stage.exposedPorts();
    Optional<HealthcheckStep> health = stage.healthcheck();
    Optional<HealthProbe.Existing> probe = health.filter(h -> !h.disabled()).map(HealthProbe::read);

    OptionalInt current = currentPort(server, envPorts, exposed, probe);
    if (current.isEmpty()) {
      if (target == Target.GENERIC && wanted.isEmpty()) {
        return; // nothing says it serves HTTP: a worker keeps its shape
      }
      throw CannotConvert.at(fileName, anchor(cmd, entrypoint),
          "no port to retarget: no EXPOSE, no port option in the command, no PORT variable");
    }
    int from = current.getAsInt();
    int to = wanted.orElse(switch (target) {
      case HF_SPACES -> 7860;
      case CLOUD_RUN, PORT_8080 -> 8080;
      case GENERIC -> from;
    });
    boolean cloudRun = target == Target.CLOUD_RUN;
    boolean told = server.isPresent() || !envPorts.isEmpty();
    if ((from != to || cloudRun) && !told) {
      throw CannotConvert.at(fileName, anchor(cmd, entrypoint), "the command names no port (no "
          + "--port or --bind option, no PORT variable), so it cannot be moved to " + to
          + "; if the app reads its port from a variable, declare it (ENV PORT=" + from + ")");
    }
    if (cloudRun) {
      cloudRunCommand(server, cmd, entrypoint, envPorts, from, to);
    } else if (from != to) {
      server.ifPresent(s -> s.mentions().stream().filter(m -> m.port() == from)
          .forEach(m -> edits.replace(s.sourceRange(m), String.valueOf(to))));
      envPorts.values().stream().filter(v -> v.value().equals(String.valueOf(from)))
          .forEach(v -> replaceDigits(v.pair().value().range(), from, to));
    }
    expose(exposed, from, to);
    healthcheck(target, health, probe, from, to);
  }

  private OptionalInt currentPort(Optional<ServerCommand> server, Map<String, Variable> envPorts,
      List<PortSpec> exposed, Optional<HealthProbe.Existing> probe) {
    if (server.isPresent()) {
      List<ServerCommand.Mention> ms = server.get().mentions();
      if (ms.stream().map(ServerCommand.Mention::port).distinct().count() > 1) {
        notes.add("the command names several ports; the first (" + ms.get(0).port()
            + ") is taken as the server's");
      }
      return OptionalInt.of(ms.get(0).port());
    }
    Variable v = envPorts.getOrDefault("PORT", envPorts.values().stream().findFirst().orElse(null));
    if (v != null) {
      return OptionalInt.of(Integer.parseInt(v.value()));
    }
    for (PortSpec p : exposed) {
      if (p.isValid() && p.isTcp() && p.first().get() == p.last()) {
        return OptionalInt.of(p.last());
      }
    }
    return probe.flatMap(HealthProbe.Existing::port).map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /** The last numeric value of each {@code PORT} / {@code *_PORT} ENV in the final image. */
  private Map<String, Variable> envPorts(Stage stage) {
    Map<String, Variable> out = new LinkedHashMap<>();
    for (Stage s : fin.chain()) {
      for (EnvStep e : s.steps(EnvStep.class)) {
        for (Variable v : e.variables()) {
          if (v.name().matches("(?i)(\\w+_)?PORT")) {
            if (v.value().matches("\\d{1,5}")) {
              out.put(v.name(), v);
            } else {
              out.remove(v.name());
            }
          }
        }
      }
    }
    out.keySet().removeIf(name -> !stage.endContext().scope().isEnv(name));
    return out;
  }

  /** What a refusal points at: the command, else the FROM of the final stage. */
  private Instruction anchor(Optional<ServerCommand> cmd, Optional<ServerCommand> ep) {
    return cmd.or(() -> ep).map(s -> s.step().instruction()).orElse(fin.from());
  }

  // ------------------------------------------------------------------------------ Cloud Run

  private void cloudRunCommand(Optional<ServerCommand> server, Optional<ServerCommand> cmd,
      Optional<ServerCommand> entrypoint, Map<String, Variable> envPorts, int from, int to) {
    if (server.isPresent()) {
      ServerCommand s = server.get();
      if (s.step().kind() == InstructionKind.ENTRYPOINT && cmd.isPresent()) {
        throw CannotConvert.at(fileName, s.step().instruction(), "the port is set in ENTRYPOINT "
            + "and CMD adds arguments: wrapping the ENTRYPOINT in a shell for $PORT would change "
            + "how CMD reaches it");
      }
      if (s.step().kind() == InstructionKind.CMD && entrypoint.isPresent()
          && !INIT_WRAPPERS.contains(entrypoint.get().program())) {
        throw CannotConvert.at(fileName, s.step().instruction(), "CMD gives its arguments to "
            + "ENTRYPOINT " + entrypoint.get().program() + ": wrapping it in a shell for $PORT "
            + "would hand that a shell command");
      }
      List<ServerCommand.Mention> ours = s.mentions().stream().filter(m -> m.port() == from).toList();
      if (s.form() == ServerCommand.Form.EXEC && s.program().equals("gunicorn")
          && ours.stream().allMatch(m -> m.kind() == ServerCommand.Kind.ADDRESS
              && ANY_HOST.contains(m.host()))) {
        replaceCommand(s.step(), s.argvWithout(ours));
        notes.add("gunicorn listens on 0.0.0.0:$PORT by itself: its --bind is dropped, the exec "
            + "form stays, and gunicorn stays PID 1");
      } else {
        Map<ServerCommand.Mention, String> repl = new LinkedHashMap<>();
        ours.forEach(m -> repl.put(m, s.form() == ServerCommand.Form.EXEC ? "\"$PORT\"" : "$PORT"));
        String script = s.script(repl);
        replaceCommand(s.step(), s.shellArgv(exec(s, script)));
      }
      ensurePortEnv(envPorts, to);
      return;
    }
    Variable port = envPorts.get("PORT");
    if (port != null) {
      replaceDigits(port.pair().value().range(), Integer.parseInt(port.value()), to);
      return;
    }
    Variable other = envPorts.values().iterator().next();
    ServerCommand s = cmd.or(() -> entrypoint).orElseThrow(() -> CannotConvert.file(fileName,
        "no CMD or ENTRYPOINT to pass $PORT on to $" + other.name()));
    replaceDigits(other.pair().value().range(), Integer.parseInt(other.value()), to);
    String body = s.form() == ServerCommand.Form.EXEC ? "exec " + s.script(Map.of())
        : exec(s, s.text());
    replaceCommand(s.step(), s.shellArgv("export " + other.name() + "=\"$PORT\"; " + body));
    ensurePortEnv(envPorts, to);
    notes.add("Cloud Run passes the port in $PORT: the shell copies it to $" + other.name()
        + " and execs the server, which stays PID 1");
  }

  private String exec(ServerCommand s, String script) {
    if (s.form() == ServerCommand.Form.EXEC) {
      return "exec " + script;
    }
    String execd = ServerCommand.execLast(script);
    if (execd == null) {
      notes.add("the command's last step is not a single command, so the shell stays PID 1 "
          + "and SIGTERM may not reach the server");
      return script;
    }
    return execd;
  }

  private void ensurePortEnv(Map<String, Variable> envPorts, int to) {
    if (!envPorts.containsKey("PORT")) {
      fin.insertBeforeFirst(edits, "ENV PORT=" + to + "\n", InstructionKind.EXPOSE,
          InstructionKind.HEALTHCHECK, InstructionKind.CMD, InstructionKind.ENTRYPOINT);
    } else if (!envPorts.get("PORT").value().equals(String.valueOf(to))) {
      Variable v = envPorts.get("PORT");
      replaceDigits(v.pair().value().range(), Integer.parseInt(v.value()), to);
    }
  }

  private void replaceCommand(CommandStep step, List<String> argv) {
    Instruction i = step.instruction();
    edits.replaceInstruction(i, i.keyword().value() + " " + DockerfileRenderer.json(argv));
  }

  // --------------------------------------------------------------------- EXPOSE, HEALTHCHECK

  private void expose(List<PortSpec> exposed, int from, int to) {
    boolean covered = false;
    for (PortSpec p : exposed) {
      if (p.isValid() && p.first().get() == from && p.last() == from && from != to) {
        covered |= replaceDigits(p.range(), from, to);
      } else if (p.covers(to)) {
        covered = true;
      }
    }
    if (!covered) {
      fin.insertBeforeFirst(edits, "EXPOSE " + to + "\n", InstructionKind.HEALTHCHECK,
          InstructionKind.CMD, InstructionKind.ENTRYPOINT);
    }
  }

  private void healthcheck(Target target, Optional<HealthcheckStep> health,
      Optional<HealthProbe.Existing> probe, int from, int to) {
    boolean port8080 = target == Target.PORT_8080;
    if (health.isPresent() && health.get().disabled()) {
      notes.add("HEALTHCHECK NONE is kept: the platform cannot see when the service is ready");
      return;
    }
    if (health.isPresent()) {
      Optional<HealthCheck> check = probe.flatMap(HealthProbe.Existing::check);
      boolean portMatches = probe.flatMap(HealthProbe.Existing::port).map(p -> p == to)
          .orElse(false);
      if (!port8080 && target != Target.CLOUD_RUN && (from == to || portMatches)) {
        return;
      }
      if (check.isEmpty()) {
        notes.add("the HEALTHCHECK (line " + health.get().line() + ") is kept as written: make "
            + "sure it probes port " + to);
        return;
      }
      HealthCheck asked = check.get();
      if (port8080 && !asked.path().equals("/health")) {
        notes.add("port-8080 services answer GET /health: the health check now asks /health "
            + "(it asked " + asked.path() + ")");
        asked = HealthCheck.strict("/health");
      }
      String options = port8080 ? HealthProbe.FAST_TIMING
          : HealthProbe.options(health.get(), edits.source());
      edits.replaceInstruction(health.get().instruction(),
          HealthProbe.render(asked, target, to, options.isBlank() ? HealthProbe.TIMING : options));
      return;
    }
    HealthCheck added = port8080 ? HealthCheck.strict("/health") : HealthCheck.lenient("/");
    String why = "Health: GET " + added.path() + " must answer " + (added.strict() ? "below 400"
        : "without a server error") + ", with the standard library (no curl in the image).";
    StringBuilder comment = new StringBuilder();
    DockerfileRenderer.wrap(why, 98).forEach(l -> comment.append("# ").append(l).append('\n'));
    fin.insertBeforeFirst(edits, comment
        + HealthProbe.render(added, target, to, port8080 ? HealthProbe.FAST_TIMING
            : HealthProbe.TIMING), InstructionKind.CMD, InstructionKind.ENTRYPOINT);
    notes.add("added a HEALTHCHECK on GET " + added + " (port " + to + ")"
        + (port8080 ? ": the app must answer it" : ""));
  }

  /** Replaces the digits of {@code from} inside {@code range} (quotes and suffixes stay). */
  private boolean replaceDigits(Range range, int from, int to) {
    String text = range.text(edits.source());
    String digits = String.valueOf(from);
    int at = text.indexOf(digits);
    if (at < 0 || from == to) {
      return at >= 0;
    }
    edits.replace(range.startOffset() + at, range.startOffset() + at + digits.length(),
        String.valueOf(to));
    return true;
  }
}
