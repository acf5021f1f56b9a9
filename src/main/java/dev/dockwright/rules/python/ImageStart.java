package dev.dockwright.rules.python;

import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Paths;
import dev.dockwright.model.ShellSource;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ResolvedCommand;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the image built from the final stage starts, followed the way Docker and the shell do: the
 * command line from ENTRYPOINT and CMD (exec or shell form), through {@code sh -c} scripts,
 * entrypoint scripts whose text the Dockerfile shows (a here-document, or a file of the build
 * context beside the Dockerfile), {@code "$@"}, runners ({@code uv run}, {@code poetry run}) and
 * wrappers ({@code tini}, {@code gosu}), to the Python servers it runs.
 */
final class ImageStart {

  private static final Set<String> SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh");
  private static final Pattern ALL_ARGS = Pattern.compile("\"?\\$(\\{)?[@*](\\})?\"?");
  private static final int MAX_DEPTH = 4;

  private final DockerfileModel model;
  private final Stage stage;
  private final Map<String, String> env;
  private final List<Launch> launches = new ArrayList<>();

  private ImageStart(DockerfileModel model, Stage stage) {
    this.model = model;
    this.stage = stage;
    this.env = stage.endContext().scope().env();
  }

  /**
   * One word of a command line, with where it is written; {@code script} is set for the
   * {@code "..."} of a shell-form CMD handed to an exec-form ENTRYPOINT.
   */
  private record Arg(String value, Range range, CommandStep step, Optional<ShellSource> script) {}

  /** Every Python server or program the final stage's image starts (usually one). */
  static List<Launch> of(DockerfileModel model) {
    Optional<Stage> last = model.finalStage();
    if (last.isEmpty()) {
      return List.of();
    }
    ImageStart start = new ImageStart(model, last.get());
    start.follow();
    return List.copyOf(start.launches);
  }

  /**
   * The launches that are servers: a known server program, or a Python program in an image that
   * EXPOSEs a port.
   */
  static List<Launch> servers(DockerfileModel model) {
    boolean exposes = model.finalStage().map(s -> !s.exposedPorts().isEmpty()).orElse(false);
    return of(model).stream().filter(l -> l.server().isKnownServer() || exposes).toList();
  }

  /**
   * The server launches, first one first, when the image starts a Python server without
   * {@code variable} set (non-empty) in the first one's environment; empty when it is set or no
   * server starts. For the rules that want an environment flag on every Python server image.
   */
  static List<Launch> serversWithout(DockerfileModel model, String variable) {
    List<Launch> servers = servers(model);
    return servers.isEmpty() || !servers.get(0).envValue(variable).orElse("").isEmpty()
        ? List.of() : servers;
  }

  private void follow() {
    Optional<CommandStep> entrypoint = stage.entrypoint();
    Optional<CommandStep> cmd = stage.cmd();
    if (entrypoint.isPresent() && cmd.isPresent() && resetsCmd(entrypoint.get(), cmd.get())) {
      cmd = Optional.empty();
    }
    if (entrypoint.isPresent() && entrypoint.get().command() instanceof CommandSpec.Shell shell) {
      shellScript(shell.source(), entrypoint.get(), List.of(), List.of(), 0);
      return;
    }
    List<Arg> argv = new ArrayList<>();
    entrypoint.ifPresent(e -> argv.addAll(args(e)));
    if (cmd.isPresent()) {
      CommandStep c = cmd.get();
      if (c.command() instanceof CommandSpec.Shell shell) {
        if (argv.isEmpty()) {
          shellScript(shell.source(), c, List.of(), List.of(), 0);
          return;
        }
        // CMD in shell form after an exec-form ENTRYPOINT: its arguments are sh -c "..."
        for (String s : shell.source().shell()) {
          argv.add(new Arg(s, c.range(), c, Optional.empty()));
        }
        argv.add(new Arg(shell.source().text(), c.range(), c, Optional.of(shell.source())));
      } else {
        argv.addAll(args(c));
      }
    }
    command(argv, List.of(), 0);
  }

  /** An ENTRYPOINT set in a later stage than the CMD drops the CMD, as Docker does. */
  private boolean resetsCmd(CommandStep entrypoint, CommandStep cmd) {
    return entrypoint.range().startOffset() > cmd.range().startOffset()
        && stageOf(entrypoint) != stageOf(cmd);
  }

  private Stage stageOf(Step step) {
    for (Stage s : model.stages()) {
      if (s.steps().contains(step)) {
        return s;
      }
    }
    return stage;
  }

  private static List<Arg> args(CommandStep step) {
    List<Arg> out = new ArrayList<>();
    if (step.command() instanceof CommandSpec.Exec exec) {
      for (Token t : exec.argv()) {
        out.add(new Arg(t.value(), t.range(), step, Optional.empty()));
      }
    }
    return out;
  }

  /** A command line (exec form, or {@code "$@"} of a script): what its program is. */
  private void command(List<Arg> argv, List<Launch.Hop> via, int depth) {
    if (argv.isEmpty() || depth > MAX_DEPTH) {
      return;
    }
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      words.add(word(argv.get(i).value(), i));
    }
    ResolvedCommand resolved = ResolvedCommand.of(words);
    if (resolved.nameWord() == null || resolved.program() == null) {
      return;
    }
    int at = resolved.nameWord().span().start();
    CommandStep step = argv.get(at).step();
    Function<Span, Range> locator = span -> argv.get(Math.min(span.start(), argv.size() - 1)).range();
    String program = resolved.program();
    if (SHELLS.contains(program)) {
      List<Word> args = resolved.args();
      for (int k = 0; k < args.size(); k++) {
        String a = args.get(k).unquoted();
        if (a.startsWith("-") && !a.startsWith("--") && a.contains("c")) {
          if (k + 1 < args.size()) {
            Arg script = argv.get(args.get(k + 1).span().start());
            String shell = String.join(" ", words.subList(at, args.get(k).span().end()).stream()
                .map(Word::unquoted).toList());
            if (script.script().isPresent()) {
              shellScript(script.script().get(), step, via, List.of(), depth + 1);
            } else {
              inlineString(script, shell, step, via, depth + 1);
            }
          }
          return;
        }
        if (!a.startsWith("-")) {
          scriptFile(a, argv.get(at).range(), step, via, argv.subList(args.get(k).span().end(), argv.size()), depth + 1);
          return;
        }
      }
      return;
    }
    String name = resolved.nameWord().unquoted();
    if (looksLikeScript(name)) {
      if (scriptFile(name, argv.get(at).range(), step, via, argv.subList(at + 1, argv.size()), depth + 1)) {
        return;
      }
    }
    PythonServer.recognise(resolved).ifPresent(m ->
        launches.add(new Launch(m, words, step, locator, via, Optional.empty(), env, model, stage)));
  }

  private static boolean looksLikeScript(String name) {
    return name.endsWith(".sh") || name.startsWith("./") || name.startsWith("/")
        && !name.startsWith("/usr/") && !name.startsWith("/bin/") && !name.startsWith("/sbin/");
  }

  /** Runs a script file of the image, when its text is known; false when it is not. */
  private boolean scriptFile(String path, Range range, CommandStep step, List<Launch.Hop> via,
      List<Arg> positional, int depth) {
    String imagePath = Paths.resolve(stage.endContext().workdir(), path);
    Optional<ImageFiles.File> file = ImageFiles.read(model, stage, imagePath);
    if (file.isEmpty() || !isShellScript(file.get().text(), path)) {
      return false;
    }
    ImageFiles.File f = file.get();
    Script script = ShellParser.parse(f.text());
    Function<Span, Range> locator = f.sourceStart() >= 0
        ? span -> model.dockerfile().lines().range(f.sourceStart() + span.start(),
            f.sourceStart() + span.end())
        : span -> range;
    script(script, locator, step, via, f.imagePath(), Optional.empty(), Optional.of(f),
        positional, depth);
    return true;
  }

  private static boolean isShellScript(String text, String path) {
    if (!text.startsWith("#!")) {
      return path.endsWith(".sh");
    }
    String line = text.lines().findFirst().orElse("").substring(2).strip();
    String[] parts = line.split("\\s+");
    String exe = parts[0].substring(parts[0].lastIndexOf('/') + 1);
    if (exe.equals("env") && parts.length > 1) {
      exe = parts[parts.length - 1];
    }
    return SHELLS.contains(exe.toLowerCase(Locale.ROOT));
  }

  private void shellScript(ShellSource source, CommandStep step, List<Launch.Hop> via,
      List<Arg> positional, int depth) {
    if (!source.isPosix()) {
      return;
    }
    String shell = String.join(" ", source.shell());
    script(source.script(), source::range, step, via, shell, Optional.of(source),
        Optional.empty(), positional, depth);
  }

  /** {@code ["sh", "-c", "..."]}: the script is a JSON string, mapped to its token. */
  private void inlineString(Arg arg, String shell, CommandStep step, List<Launch.Hop> via, int depth) {
    Script script = ShellParser.parse(arg.value());
    script(script, span -> arg.range(), step, via, shell, Optional.empty(), Optional.empty(),
        List.of(), depth);
  }

  private void script(Script script, Function<Span, Range> locator, CommandStep step,
      List<Launch.Hop> via, String description, Optional<ShellSource> inline,
      Optional<ImageFiles.File> file, List<Arg> positional, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    List<Invocation> commands = script.simpleCommands();
    for (Invocation inv : commands) {
      if (inv.inCommandSubstitution() || inv.inFunction()) {
        continue;
      }
      ResolvedCommand resolved = inv.resolved();
      if (resolved.nameWord() == null) {
        continue;
      }
      boolean last = inv.index() == commands.size() - 1 && inv.enclosing().isEmpty()
          && inv.isLastInPipeline() && inv.andOrIndex() == inv.andOr().pipelines().size() - 1;
      Launch.Hop hop = new Launch.Hop(description, inv, resolved.isExec(),
          locator.apply(inv.command().span()), inline, file, last);
      List<Launch.Hop> next = new ArrayList<>(via);
      next.add(hop);
      String name = resolved.nameWord().text();
      if (ALL_ARGS.matcher(name).matches()) {
        command(positional, next, depth + 1);
        continue;
      }
      String program = resolved.program();
      if (program == null) {
        continue;
      }
      if (SHELLS.contains(program) || looksLikeScript(resolved.nameWord().unquoted())) {
        String target = SHELLS.contains(program)
            ? resolved.args().stream().map(Word::unquoted).filter(a -> !a.startsWith("-"))
                .findFirst().orElse(null)
            : resolved.nameWord().unquoted();
        if (target != null && !resolved.args().stream().anyMatch(w -> w.is("-c"))) {
          scriptFile(target, locator.apply(inv.command().span()), step, next, List.of(), depth + 1);
        }
        continue;
      }
      Optional<Invocation> invocation = Optional.of(inv);
      Optional<PythonServer.Match> match = PythonServer.recognise(resolved);
      // A Python program before the last command is a one-off (migrations, waiting for a
      // database); the script's process is what it ends with.
      if (match.isPresent() && (match.get().server().isKnownServer() || last || hop.execs())) {
        launches.add(new Launch(match.get(), inv.command().words(), step, locator, next, invocation,
            Launch.envFor(env, invocation), model, stage));
      }
    }
  }

  /** A word made of one literal, for command lines that do not come from a shell. */
  private static Word word(String value, int index) {
    Span span = new Span(index, index + 1);
    return new Word(List.of(new Literal(value, span)), value, span);
  }
}
