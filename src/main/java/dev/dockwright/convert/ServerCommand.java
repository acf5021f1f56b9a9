package dev.dockwright.convert;

import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.CommandStep;
import dev.dockwright.python.ShellWords;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ShellParser;
import dev.dockwright.shell.ast.ListItem;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command that starts the server (CMD or ENTRYPOINT) and where it names its port: the
 * options servers take ({@code --port 8000}, {@code --bind 0.0.0.0:8000},
 * {@code --server.port=8501}, {@code runserver 0.0.0.0:8000}, {@code http.server 8000}), each
 * with the source range of its digits so that changing the port edits just them.
 *
 * <p>Three forms are read: exec form, shell form, and exec form running a shell script
 * ({@code ["sh", "-c", "..."]}). {@link #text()} is what the patterns search: the exec-form
 * elements joined by spaces, or the script.
 */
final class ServerCommand {

  enum Form { EXEC, SHELL, SHELL_IN_EXEC }

  /** How a port is written: an option value, or the port of a {@code host:port} address. */
  enum Kind { OPTION, ADDRESS }

  /**
   * One place the command names its port.
   *
   * @param start where the digits start in {@link #text()}
   * @param optionStart where the whole option starts ({@code --bind ...}), for dropping it
   * @param host the host of an address ({@code 0.0.0.0}), empty for an option
   */
  record Mention(int port, int start, int end, int optionStart, Kind kind, String host) {}

  private static final List<Pattern> PATTERNS = List.of(
      Pattern.compile("(?<![\\w.-])(?:--port|--server\\.port|--server-port|--http-port|-p)"
          + "(?:=|\\s+)[\"']?(?<port>\\d{1,5})(?![\\w.])"),
      Pattern.compile("(?<![\\w.-])(?:--bind|-b|--listen)(?:=|\\s+)[\"']?"
          + "(?<host>[^\\s\"':]*|\\[[^\\]]*\\]):(?<port>\\d{1,5})(?![\\w.])"),
      Pattern.compile("(?<![\\w.-])runserver\\s+(?:(?<host>[\\w.]+|\\[[^\\]]*\\]):)?"
          + "(?<port>\\d{1,5})(?![\\w.])"),
      Pattern.compile("(?<![\\w-])http\\.server\\s+(?<port>\\d{1,5})(?![\\w.])"));

  private final CommandStep step;
  private final Form form;
  private final List<String> argv;
  private final List<Token> tokens;
  private final String text;
  private final int[] elementStarts;
  private final List<Mention> mentions;

  private ServerCommand(CommandStep step, Form form, List<String> argv, List<Token> tokens,
      String text, int[] elementStarts) {
    this.step = step;
    this.form = form;
    this.argv = argv;
    this.tokens = tokens;
    this.text = text;
    this.elementStarts = elementStarts;
    this.mentions = find(text);
  }

  static ServerCommand of(CommandStep step) {
    CommandSpec spec = step.command();
    if (spec instanceof CommandSpec.Exec exec) {
      List<String> argv = exec.values();
      if (argv.size() >= 3 && isShell(argv.get(0)) && argv.get(1).equals("-c")) {
        return new ServerCommand(step, Form.SHELL_IN_EXEC, argv, exec.argv(), argv.get(2), null);
      }
      int[] starts = new int[argv.size()];
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < argv.size(); i++) {
        if (i > 0) {
          sb.append(' ');
        }
        starts[i] = sb.length();
        sb.append(argv.get(i));
      }
      return new ServerCommand(step, Form.EXEC, argv, exec.argv(), sb.toString(), starts);
    }
    CommandSpec.Shell shell = (CommandSpec.Shell) spec;
    return new ServerCommand(step, Form.SHELL, List.of(), List.of(), shell.source().text(), null);
  }

  private static boolean isShell(String program) {
    String name = program.substring(program.lastIndexOf('/') + 1);
    return name.equals("sh") || name.equals("bash") || name.equals("dash") || name.equals("ash");
  }

  private static List<Mention> find(String text) {
    List<Mention> out = new ArrayList<>();
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int port = Integer.parseInt(m.group("port"));
        if (port < 1 || port > 65535) {
          continue;
        }
        boolean address = p.pattern().contains("?<host>");
        String host = address && m.group("host") != null ? m.group("host") : "";
        out.add(new Mention(port, m.start("port"), m.end("port"), m.start(),
            address ? Kind.ADDRESS : Kind.OPTION, host));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  CommandStep step() {
    return step;
  }

  Form form() {
    return form;
  }

  String text() {
    return text;
  }

  List<Mention> mentions() {
    return mentions;
  }

  /** The program's base name: {@code gunicorn} for {@code /opt/venv/bin/gunicorn}. */
  String program() {
    List<String> words = form == Form.EXEC ? argv : ShellWords.split(text);
    int i = 0;
    while (i < words.size() && (words.get(i).equals("exec") || words.get(i).contains("="))) {
      i++;
    }
    if (i >= words.size()) {
      return "";
    }
    String w = words.get(i);
    return w.substring(w.lastIndexOf('/') + 1);
  }

  /** Where the digits of a mention are in the Dockerfile. */
  Range sourceRange(Mention m) {
    return sourceRange(m.start(), m.end());
  }

  private Range sourceRange(int start, int end) {
    return switch (form) {
      case SHELL -> ((CommandSpec.Shell) step.command()).source().map().range(start, end);
      case SHELL_IN_EXEC -> tokens.get(2).subRange(start, end);
      case EXEC -> {
        int i = element(start);
        yield tokens.get(i).subRange(start - elementStarts[i], end - elementStarts[i]);
      }
    };
  }

  private int element(int offset) {
    int i = elementStarts.length - 1;
    while (i > 0 && elementStarts[i] > offset) {
      i--;
    }
    return i;
  }

  /**
   * The exec-form argv without the options of {@code drop} (flag and value): gunicorn's
   * {@code --bind} when it should fall back to {@code $PORT}. Only for {@link Form#EXEC}.
   */
  List<String> argvWithout(List<Mention> drop) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      int start = elementStarts[i];
      int end = start + argv.get(i).length();
      boolean dropped = false;
      for (Mention m : drop) {
        if (start >= m.optionStart() && end <= m.end()) {
          dropped = true;
        }
      }
      if (!dropped) {
        out.add(argv.get(i));
      }
    }
    return out;
  }

  /**
   * The command as a shell script with each mention's digits replaced, ready for
   * {@code sh -c}: exec-form words are quoted, a script is taken as is.
   */
  String script(Map<Mention, String> replacements) {
    if (form != Form.EXEC) {
      StringBuilder sb = new StringBuilder(text);
      List<Mention> desc = new ArrayList<>(replacements.keySet());
      desc.sort((a, b) -> Integer.compare(b.start(), a.start()));
      for (Mention m : desc) {
        sb.replace(m.start(), m.end(), replacements.get(m));
      }
      return sb.toString();
    }
    List<String> words = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String word = argv.get(i);
      int start = elementStarts[i];
      StringBuilder quoted = new StringBuilder();
      int at = 0;
      for (Mention m : mentions) {
        if (replacements.containsKey(m) && m.start() >= start && m.end() <= start + word.length()) {
          quoted.append(quotePart(word.substring(at, m.start() - start)))
              .append(replacements.get(m));
          at = m.end() - start;
        }
      }
      quoted.append(at == 0 ? ShellWords.quote(word) : quotePart(word.substring(at)));
      words.add(quoted.toString());
    }
    return String.join(" ", words);
  }

  private static String quotePart(String s) {
    return s.isEmpty() ? "" : ShellWords.quote(s);
  }

  /** The argv a CMD or ENTRYPOINT runs {@code script} with: this command's shell, or sh. */
  List<String> shellArgv(String script) {
    if (form == Form.SHELL_IN_EXEC) {
      return List.of(argv.get(0), argv.get(1), script);
    }
    return List.of("sh", "-c", script);
  }

  /**
   * {@code script} with {@code exec} before its last command, so the server replaces the shell
   * and is PID 1 (it receives SIGTERM itself); unchanged when that command already execs or the
   * script's shape (a pipeline, a loop, a command in the background) has no single last
   * command. Returns null in that last case.
   */
  static String execLast(String script) {
    var parsed = ShellParser.parse(script);
    if (parsed.hasErrors() || parsed.body().items().isEmpty()) {
      return null;
    }
    ListItem last = parsed.body().items().get(parsed.body().items().size() - 1);
    if (last.background()) {
      return null;
    }
    var pipelines = last.andOr().pipelines();
    var pipeline = pipelines.get(pipelines.size() - 1);
    if (pipeline.commands().size() != 1 || pipeline.negated()) {
      return null;
    }
    for (Invocation inv : parsed.simpleCommands()) {
      if (inv.enclosing().isEmpty() && inv.pipeline() == pipeline) {
        if (inv.resolved().isExec()) {
          return script;
        }
        if (inv.argv().isEmpty()) {
          return null;
        }
        int at = inv.argv().get(0).span().start();
        return script.substring(0, at) + "exec " + script.substring(at);
      }
    }
    return null;
  }
}
