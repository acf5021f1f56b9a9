package dev.dockwright.rules.python;

import dev.dockwright.model.CommandStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Scope;
import dev.dockwright.model.ShellSource;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A Python server (or Python program) the final image starts: what runs, with which arguments,
 * the CMD or ENTRYPOINT it comes from, the shells between PID 1 and it, and its environment.
 *
 * @param match the server and its arguments
 * @param argv every word of the command line, wrappers and interpreter options included
 * @param step the CMD or ENTRYPOINT that names the program (or the script that starts it)
 * @param locator where a word of the command is in the Dockerfile (for a script file read from
 *     the build context: the CMD/ENTRYPOINT that runs the script)
 * @param via the shells the process is started through, outermost first; empty when PID 1 is
 *     the process itself (exec form)
 * @param invocation the shell command that starts it, when a shell does
 * @param env the environment at run time: the image's ENV, with the command's own assignments
 *     ({@code PORT=8000 uvicorn ...}, {@code env PORT=8000 ...}) on top
 * @param model the Dockerfile
 * @param stage the final stage, whose image this is
 */
record Launch(
    PythonServer.Match match,
    List<Word> argv,
    CommandStep step,
    Function<Span, Range> locator,
    List<Hop> via,
    Optional<Invocation> invocation,
    Map<String, String> env,
    DockerfileModel model,
    Stage stage) {

  /**
   * A shell between PID 1 and the server.
   *
   * @param description {@code /bin/sh -c} or the script's path, for messages
   * @param starter the command in this shell that starts the next step
   * @param execs whether {@code starter} replaces the shell ({@code exec})
   * @param range where to report: the command in the Dockerfile, or the CMD/ENTRYPOINT that runs
   *     a script file
   * @param inline the shell-form script when it is written in the Dockerfile (fixable in place)
   * @param script the script file when the shell runs one (context or here-document)
   * @param lastCommand whether {@code starter} is the last command the shell runs
   */
  record Hop(String description, Invocation starter, boolean execs, Range range,
      Optional<ShellSource> inline, Optional<ImageFiles.File> script, boolean lastCommand) {}

  Launch {
    argv = List.copyOf(argv);
    via = List.copyOf(via);
    env = Map.copyOf(env);
  }

  PythonServer server() {
    return match.server();
  }

  List<Word> args() {
    return match.args();
  }

  /** The Dockerfile range of a word of the command. */
  Range range(Word word) {
    return locator.apply(word.span());
  }

  /**
   * The Dockerfile range of the whole command, program to last argument; when the command is
   * split over ENTRYPOINT and CMD, the part in the instruction that holds its last word.
   */
  Range range() {
    List<Word> words = new java.util.ArrayList<>();
    if (match.command().nameWord() != null) {
      words.add(match.command().nameWord());
    }
    words.addAll(match.args());
    if (words.isEmpty()) {
      return step.range();
    }
    Range end = range(words.get(words.size() - 1));
    int floor = model.dockerfile().instructions().stream()
        .filter(i -> i.range().contains(end)).mapToInt(i -> i.range().startOffset())
        .findFirst().orElse(0);
    for (Word w : words) {
      Range start = range(w);
      if (start.startOffset() >= floor && start.startOffset() <= end.startOffset()) {
        return new Range(start.start(), end.end());
      }
    }
    return end;
  }

  /** The range from one word to another (an option and its value). */
  Range range(Word from, Word to) {
    Range a = range(from);
    Range b = range(to);
    return b.endOffset() >= a.startOffset() ? new Range(a.start(), b.end()) : a;
  }

  /** The first shell that does not exec the next step: it stays PID 1 (or in between). */
  Optional<Hop> nonExecShell() {
    return via.stream().filter(h -> !h.execs()).findFirst();
  }

  /** An environment variable's value at run time, when known. */
  Optional<String> envValue(String name) {
    return Optional.ofNullable(env.get(name));
  }

  /**
   * A word's value at run time: static text, or variables expanded from the environment when
   * they are all set in the image (a shell-form {@code --port $PORT} with {@code ENV PORT=8000});
   * empty when it depends on something not known.
   */
  Optional<String> value(Word word) {
    String literal = word.literalOrNull();
    if (literal != null) {
      return Optional.of(literal);
    }
    if (invocation.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> known = new LinkedHashMap<>(env);
    invocation.get().variables().forEach((name, value) ->
        value.literal().ifPresent(v -> known.putIfAbsent(name, v)));
    Expansion e = new VariableExpander().expand(word.text(), Scope.ofEnv(known));
    if (e.failed() || !e.unmatched().isEmpty() || word.hasCommandSubstitution()) {
      return Optional.empty();
    }
    return Optional.of(e.text());
  }

  /** The image environment with a shell command's own assignments on top. */
  static Map<String, String> envFor(Map<String, String> image, Optional<Invocation> invocation) {
    Map<String, String> env = new LinkedHashMap<>(image);
    invocation.ifPresent(i -> i.environment().forEach((name, value) ->
        value.literal().ifPresent(v -> env.put(name, v))));
    return env;
  }
}
