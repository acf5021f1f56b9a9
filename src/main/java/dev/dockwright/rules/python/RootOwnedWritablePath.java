package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.OtherStep;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Variable;
import dev.dockwright.model.WorkdirStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW2006",
    name = "RootOwnedWritablePath",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "A directory the service writes to is owned by root, but the image runs as a"
        + " non-root user.",
    rationale = """
        Running as a non-root USER is right, but the directories the service writes to must \
        then belong to that user. `RUN mkdir /app/data` before `USER app`, `COPY` without \
        `--chown`, `WORKDIR` before `USER` and `VOLUME` all create root-owned directories, so \
        the first upload, log file, SQLite database or model cache fails with "Permission \
        denied" in production, often only on the code path that writes. A named volume \
        copies the ownership of its mount point from the image, so a root-owned VOLUME \
        directory stays unwritable. The rule looks at what the service is expected to write: \
        VOLUME paths, directories named for data (data, logs, uploads, media, cache, tmp, \
        db, ...) created by `mkdir`, and paths in variables such as `HF_HOME`, \
        `XDG_CACHE_HOME`, `UPLOAD_DIR` or `LOG_DIR`, and follows their ownership through \
        COPY `--chown`, `chown`, `chmod` (world-writable counts) and the USER each step runs \
        as. Paths whose owner the Dockerfile does not show are left alone.""",
    bad = """
        FROM python:3.12-slim
        RUN useradd --create-home app && mkdir -p /app/uploads
        WORKDIR /app
        COPY . .
        USER app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """,
    good = """
        FROM python:3.12-slim
        RUN useradd --create-home app && mkdir -p /app/uploads && chown app:app /app/uploads
        WORKDIR /app
        COPY . .
        USER app
        CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
        """)
public final class RootOwnedWritablePath implements Rule {

  /** Directory names that hold what a service writes. */
  private static final Set<String> WRITABLE_NAMES = Set.of("data", "logs", "log", "uploads",
      "upload", "media", "cache", ".cache", "tmp", "temp", "db", "database", "storage", "output",
      "outputs", "instance", "sessions", "state");

  /** Variable names whose path the service writes to. */
  private static final Pattern WRITABLE_VARIABLE = Pattern.compile(
      "(?i)(^|_)(CACHE|CACHE_DIR|LOG|LOGS|LOG_DIR|UPLOAD|UPLOADS|MEDIA|TMP|TMPDIR|TEMP|OUTPUT"
      + "|STORAGE|SQLITE|STATE)(_|$)|^(HF_HOME|XDG_CACHE_HOME|XDG_DATA_HOME|XDG_STATE_HOME"
      + "|MPLCONFIGDIR|TRANSFORMERS_CACHE|HF_DATASETS_CACHE|TORCH_HOME|NUMBA_CACHE_DIR"
      + "|GRADIO_TEMP_DIR|MEDIA_ROOT|UPLOAD_FOLDER|DATA_DIR|DATA_PATH)$");

  /** Base-image directories (root's by design). */
  private static final List<String> SYSTEM = List.of("/usr", "/etc", "/bin", "/sbin", "/lib",
      "/lib64", "/proc", "/sys", "/boot", "/opt/conda");

  /** Directories every image has, writable by anyone. */
  private static final List<String> WORLD_WRITABLE = List.of("/tmp", "/var/tmp", "/dev/shm");

  /** Who owns a path after a step. */
  private enum Owner { ROOT, OTHER }

  /**
   * A step that creates or re-owns a path (and, when recursive, everything under it).
   *
   * @param copy a COPY/ADD: it owns what it copies, which does not include directories that
   *     existed before and that the build context may not have
   */
  private record Event(String path, Owner owner, boolean recursive, String how, boolean copy) {
    Event(String path, Owner owner, boolean recursive, String how) {
      this(path, owner, recursive, how, false);
    }

    boolean covers(String p) {
      return path.equals(p) || recursive && Paths.isUnder(p, path);
    }
  }

  /** A path the service is expected to write, and where the Dockerfile says so. */
  private record Candidate(String path, Range range, String why) {}

  @Override
  public void check(RuleContext context) {
    Optional<Stage> last = context.model().finalStage();
    if (last.isEmpty()) {
      return;
    }
    Optional<UserSpec> runAs = last.get().user();
    if (runAs.isEmpty() || !runAs.get().resolved() || runAs.get().isRoot()) {
      return;
    }
    List<Event> events = new ArrayList<>();
    List<Candidate> candidates = new ArrayList<>();
    for (Stage stage : context.model().shippedStages()) {
      for (Step step : stage.steps()) {
        collect(context, step, events, candidates);
      }
    }
    Set<String> reported = new HashSet<>();
    for (Candidate c : candidates) {
      if (!reported.add(c.path())) {
        continue;
      }
      Optional<Event> owner = owner(events, c.path());
      if (owner.isPresent() && owner.get().owner() == Owner.ROOT) {
        context.report(c.range(), c.path() + " " + c.why() + ", but it is owned by root ("
            + owner.get().how() + ") and the image runs as " + runAs.get().user() + ": writes"
            + " there fail with Permission denied. chown it to " + runAs.get().user()
            + " (COPY --chown, or chown in the RUN that creates it).");
      }
    }
  }

  private static void collect(RuleContext context, Step step, List<Event> events,
      List<Candidate> candidates) {
    boolean root = step.context().user().map(UserSpec::isRoot).orElse(true);
    Owner runner = root ? Owner.ROOT : Owner.OTHER;
    int line = step.line();
    if (step instanceof WorkdirStep wd) {
      events.add(new Event(wd.resolved(), runner, false, "WORKDIR at line " + line));
    } else if (step instanceof CopyStep copy) {
      Owner owner = copy.chown().map(c -> isRootOwner(c) ? Owner.ROOT : Owner.OTHER)
          .orElse(Owner.ROOT);
      if (copy.chmod().map(RootOwnedWritablePath::worldWritable).orElse(false)) {
        owner = Owner.OTHER;
      }
      events.add(new Event(copy.resolvedDestination(), owner, true,
          copy.instruction().keyword().value().toUpperCase(Locale.ROOT) + " at line " + line, true));
    } else if (step instanceof EnvStep env) {
      for (Variable v : env.variables()) {
        String value = v.value();
        if (WRITABLE_VARIABLE.matcher(v.name()).find() && value.startsWith("/")
            && !value.contains("$") && !value.contains(":") && !value.contains(" ")) {
          candidates.add(new Candidate(Paths.normalize(value), v.pair().range(),
              "is where " + v.name() + " makes the service write"));
        }
      }
    } else if (step instanceof RunStep run) {
      for (RunStep.Command c : run.commands()) {
        command(run, c, runner, events, candidates);
      }
    } else if (step instanceof OtherStep && step.kind() == InstructionKind.VOLUME) {
      for (String path : volumePaths(step)) {
        if (SYSTEM.stream().anyMatch(d -> Paths.isUnder(path, d))) {
          continue; // a base-image directory: who writes there is not the Dockerfile's to say
        }
        if (events.stream().noneMatch(e -> e.covers(path))) {
          // VOLUME creates a missing mount point as root; an existing one keeps its owner.
          events.add(new Event(path, Owner.ROOT, false, "VOLUME at line " + line
              + " creates it as root"));
        }
        // Volumes also hold configuration the service only reads (/etc/app, /config): only
        // data-like names say the service writes.
        if (WRITABLE_NAMES.contains(baseName(path))) {
          candidates.add(new Candidate(path, step.range(), "is a VOLUME for the service's data"));
        }
      }
    }
  }

  private static void command(RunStep run, RunStep.Command c, Owner runner, List<Event> events,
      List<Candidate> candidates) {
    Invocation inv = c.invocation();
    String cwd = run.context().workdir();
    String program = inv.program();
    if (program == null) {
      return;
    }
    Owner owner = inv.resolved().hasWrapper("sudo") ? Owner.ROOT : runner;
    int line = run.line();
    List<String> operands = operands(inv, run);
    switch (program) {
      case "mkdir" -> {
        Optional<String> mode = value(inv, "-m", "--mode");
        Owner created = mode.map(RootOwnedWritablePath::worldWritable).orElse(false)
            ? Owner.OTHER : owner;
        for (String op : operands) {
          if (op.contains("$") || mode.isPresent() && op.equals(mode.get())) {
            continue;
          }
          String path = Paths.resolve(cwd, op);
          events.add(new Event(path, created, false, "RUN mkdir at line " + line));
          if (WRITABLE_NAMES.contains(baseName(path)) && !underWorldWritable(path)
              && SYSTEM.stream().noneMatch(d -> Paths.isUnder(path, d))) {
            candidates.add(new Candidate(path, c.range(), "is created for the service to"
                + " write"));
          }
        }
      }
      case "chown" -> {
        if (operands.size() >= 2) {
          boolean recursive = hasFlag(inv, 'R') || hasLong(inv, "--recursive");
          // A user in a variable ($APP_USER) is the service's user, not root.
          Owner to = isRootOwner(operands.get(0)) ? Owner.ROOT : Owner.OTHER;
          for (String op : operands.subList(1, operands.size())) {
            if (!op.contains("$")) {
              events.add(new Event(Paths.resolve(cwd, op), to, recursive, "chown at line " + line));
            }
          }
        }
      }
      case "chmod" -> {
        if (operands.size() >= 2 && worldWritable(operands.get(0))) {
          boolean recursive = hasFlag(inv, 'R') || hasLong(inv, "--recursive");
          for (String op : operands.subList(1, operands.size())) {
            if (!op.contains("$")) {
              events.add(new Event(Paths.resolve(cwd, op), Owner.OTHER, recursive,
                  "chmod at line " + line));
            }
          }
        }
      }
      case "useradd", "adduser" -> {
        String name = operands.isEmpty() ? null : operands.get(operands.size() - 1);
        Optional<String> home = value(inv, "-d", "--home-dir", "--home");
        if (name != null && !name.contains("$") && home.map(h -> !h.contains("$")).orElse(true)) {
          events.add(new Event(home.map(h -> Paths.resolve(cwd, h)).orElse("/home/" + name),
              Owner.OTHER, false, program + " at line " + line));
        }
      }
      case "install" -> {
        if (hasFlag(inv, 'd')) {
          Optional<String> o = value(inv, "-o", "--owner");
          Owner to = o.map(v -> isRootOwner(v) ? Owner.ROOT : Owner.OTHER).orElse(owner);
          for (String op : operands) {
            if (!op.contains("$") && !o.map(op::equals).orElse(false)) {
              events.add(new Event(Paths.resolve(cwd, op), to, false, "install -d at line " + line));
            }
          }
        }
      }
      case "touch", "venv", "virtualenv" -> {
        for (String op : operands) {
          if (!op.contains("$")) {
            events.add(new Event(Paths.resolve(cwd, op), owner, false, "RUN " + program
                + " at line " + line));
          }
        }
      }
      default -> {
        // other commands: their effect on ownership is not modelled
      }
    }
  }

  /** The last event that decides who owns {@code path}, or its nearest created ancestor. */
  private static Optional<Event> owner(List<Event> events, String path) {
    if (underWorldWritable(path)) {
      return Optional.empty();
    }
    for (int i = events.size() - 1; i >= 0; i--) {
      Event e = events.get(i);
      if (!e.covers(path)) {
        continue;
      }
      if (e.copy() && existedBefore(events, i, path)) {
        continue; // the copy writes into it; whoever created it still owns it
      }
      return Optional.of(e);
    }
    // Not created by the Dockerfile: the service creates it, which needs its parent writable.
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String parent = path.substring(0, slash);
    boolean known = events.stream().anyMatch(e -> e.covers(parent));
    return known ? owner(events, parent) : Optional.empty();
  }

  /** An event before {@code index} created {@code path} itself (not as part of a copy). */
  private static boolean existedBefore(List<Event> events, int index, String path) {
    for (int i = 0; i < index; i++) {
      Event e = events.get(i);
      if (!e.copy() && e.path().equals(path)) {
        return true;
      }
    }
    return false;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  private static boolean underWorldWritable(String path) {
    return WORLD_WRITABLE.stream().anyMatch(w -> Paths.isUnder(path, w));
  }

  private static boolean isRootOwner(String spec) {
    String user = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
    return user.equals("root") || user.matches("0+");
  }

  /** {@code 777}, {@code 1777}, {@code o+w}, {@code a+rwx}: anyone may write. */
  static boolean worldWritable(String mode) {
    String m = mode.strip();
    if (m.matches("[0-7]{3,4}")) {
      int others = m.charAt(m.length() - 1) - '0';
      return (others & 2) != 0;
    }
    for (String clause : m.split(",")) {
      if (clause.matches("[ugoa]*[+=][rwxXst]*w[rwxXst]*") && (clause.startsWith("o")
          || clause.startsWith("a") || clause.contains("o") && !clause.startsWith("+"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The non-option words, variables expanded with the RUN's ARG and ENV values where they are
   * known; a word that stays dynamic keeps a {@code $}.
   */
  private static List<String> operands(Invocation inv, RunStep run) {
    List<String> out = new ArrayList<>();
    for (Word w : inv.args()) {
      String v = w.literalOrNull();
      if (v == null) {
        var e = new dev.dockwright.syntax.expand.VariableExpander()
            .expand(w.text(), run.context().scope());
        v = e.failed() || !e.unmatched().isEmpty() || w.hasCommandSubstitution()
            ? "$" + w.text() : e.text();
      }
      if (!v.startsWith("-")) {
        out.add(v);
      }
    }
    return out;
  }

  private static boolean hasFlag(Invocation inv, char flag) {
    return inv.args().stream().map(Word::literalOrNull).anyMatch(a -> a != null
        && a.startsWith("-") && !a.startsWith("--") && a.indexOf(flag) > 0);
  }

  private static boolean hasLong(Invocation inv, String name) {
    return inv.args().stream().anyMatch(w -> w.is(name));
  }

  private static Optional<String> value(Invocation inv, String shortName, String... longNames) {
    List<Word> args = inv.args();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i).literalOrNull();
      if (a == null) {
        continue;
      }
      if (a.equals(shortName) || List.of(longNames).contains(a)) {
        return i + 1 < args.size() ? Optional.ofNullable(args.get(i + 1).literalOrNull())
            : Optional.empty();
      }
      for (String l : longNames) {
        if (a.startsWith(l + "=")) {
          return Optional.of(a.substring(l.length() + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The paths of {@code VOLUME /data} or {@code VOLUME ["/data", "/logs"]}, expanded. */
  private static List<String> volumePaths(Step step) {
    List<String> out = new ArrayList<>();
    Arguments args = step.instruction().arguments();
    List<Token> tokens = args instanceof Arguments.Exec e ? e.elements()
        : args instanceof Arguments.Words w ? w.words() : List.of();
    for (Token t : tokens) {
      String v = t.value();
      if (v.startsWith("/") && !v.contains("$")) {
        out.add(Paths.normalize(v));
      }
    }
    return out;
  }
}
