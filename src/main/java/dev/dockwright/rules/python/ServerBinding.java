package dev.dockwright.rules.python;

import dev.dockwright.model.EnvStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Variable;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a launched server listens, as the server itself decides it: a command-line flag, else the
 * environment variable it reads, else its documented default. Anything that depends on what the
 * Dockerfile does not show (a config file, a variable set only at run time) is unknown, so rules
 * built on this stay silent rather than guess.
 */
final class ServerBinding {
  private ServerBinding() {}

  /** How a setting was made. */
  enum Source { FLAG, ENV, DEFAULT }

  /**
   * One setting (host or port).
   *
   * @param value the host or the port as text
   * @param source flag, environment variable or default
   * @param name the flag or variable ({@code --host}, {@code UVICORN_HOST}); the server for a
   *     default
   * @param range where it is written (the flag's word, the ENV pair); empty for a default
   */
  record Setting(String value, Source source, String name, Optional<Range> range) {
    Optional<Integer> asPort() {
      return value.matches("\\d{1,5}") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }
  }

  /** The address the server binds, when known. */
  static Optional<Setting> host(Launch launch) {
    return binding(launch).flatMap(b -> b.host);
  }

  /** The TCP port the server listens on, when known. */
  static Optional<Setting> port(Launch launch) {
    return binding(launch).flatMap(b -> b.port);
  }

  /** 127.0.0.1 and friends: reachable only from inside the container. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.equals("::1") || h.equals("ip6-localhost")
        || h.matches("127(\\.\\d{1,3}){1,3}");
  }

  private record Binding(Optional<Setting> host, Optional<Setting> port) {
    static final Binding UNKNOWN = new Binding(Optional.empty(), Optional.empty());
  }

  private static Optional<Binding> binding(Launch l) {
    Stage stage = l.stage();
    List<Word> args = l.args();
    return Optional.of(switch (l.server()) {
      case UVICORN -> has(l, "--uds", "--fd") ? Binding.UNKNOWN
          : separate(l, stage, flags("--host"), "UVICORN_HOST", "127.0.0.1",
              flags("--port"), "UVICORN_PORT", "8000");
      case GRANIAN -> has(l, "--uds") ? Binding.UNKNOWN
          : separate(l, stage, flags("--host"), "GRANIAN_HOST", "127.0.0.1",
              flags("--port"), "GRANIAN_PORT", "8000");
      case DAPHNE -> has(l, "-u", "--unix-socket", "-e", "--endpoint", "--fd") ? Binding.UNKNOWN
          : separate(l, stage, flags("-b", "--bind"), null, "127.0.0.1",
              flags("-p", "--port"), null, "8000");
      case WAITRESS -> combinedOr(l, flags("--listen"), () -> has(l, "--unix-socket")
          ? Binding.UNKNOWN : separate(l, stage, flags("--host"), null, "0.0.0.0",
              flags("--port"), null, "8080"));
      case SANIC -> has(l, "-u", "--unix") ? Binding.UNKNOWN
          : separate(l, stage, flags("-H", "--host"), null, "127.0.0.1",
              flags("-p", "--port"), null, "8000");
      case FLASK -> separate(l, stage, flags("-h", "--host"), "FLASK_RUN_HOST", "127.0.0.1",
          flags("-p", "--port"), "FLASK_RUN_PORT", "5000");
      case FASTAPI -> separate(l, stage, flags("--host"), null, "0.0.0.0",
          flags("--port"), null, "8000");
      case FASTAPI_DEV -> separate(l, stage, flags("--host"), null, "127.0.0.1",
          flags("--port"), null, "8000");
      case LITESTAR -> separate(l, stage, flags("--host"), "LITESTAR_HOST", "127.0.0.1",
          flags("--port"), "LITESTAR_PORT", "8000");
      case MLFLOW -> separate(l, stage, flags("-h", "--host"), null, "127.0.0.1",
          flags("-p", "--port"), null, "5000");
      case STREAMLIT -> StreamlitConfig.mayBeConfiguredByFile(l)
          ? separate(l, stage, flags("--server.address"), "STREAMLIT_SERVER_ADDRESS", null,
              flags("--server.port"), "STREAMLIT_SERVER_PORT", null)
          : separate(l, stage, flags("--server.address"), "STREAMLIT_SERVER_ADDRESS", "0.0.0.0",
              flags("--server.port"), "STREAMLIT_SERVER_PORT", "8501");
      case GRADIO, PYTHON -> separate(l, stage, Set.of(), "GRADIO_SERVER_NAME", null,
          Set.of(), "GRADIO_SERVER_PORT", null);
      case JUPYTER -> separate(l, stage,
          flags("--ip", "--ServerApp.ip", "--NotebookApp.ip"), null, null,
          flags("--port", "--ServerApp.port", "--NotebookApp.port"), null, null);
      case HYPERCORN -> combinedOr(l, flags("-b", "--bind"), () -> has(l, "-c", "--config")
          ? Binding.UNKNOWN : new Binding(defaultSetting(l, "127.0.0.1"), defaultSetting(l, "8000")));
      case GUNICORN -> gunicorn(l, stage);
      case UWSGI -> combinedOr(l, flags("--http", "--http-socket", "--socket", "-s"),
          () -> Binding.UNKNOWN);
      case DJANGO -> django(l, args);
    });
  }

  private static Set<String> flags(String... names) {
    return Set.of(names);
  }

  /**
   * gunicorn: {@code -b}/{@code --bind}, else {@code GUNICORN_CMD_ARGS}; without either it reads
   * {@code ./gunicorn.conf.py} or {@code -c FILE}, and binds {@code 0.0.0.0:$PORT} when the
   * platform sets PORT: unknown rather than its 127.0.0.1:8000 default.
   */
  private static Binding gunicorn(Launch l, Stage stage) {
    Set<String> bind = flags("-b", "--bind");
    if (!Flags.values(l, bind).isEmpty()) {
      return combinedOr(l, bind, () -> Binding.UNKNOWN);
    }
    if (has(l, "-c", "--config")) {
      return Binding.UNKNOWN;
    }
    Optional<String> cmdArgs = l.envValue("GUNICORN_CMD_ARGS");
    if (cmdArgs.isPresent()) {
      List<String> words = List.of(cmdArgs.get().trim().split("\\s+"));
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        String value = w.startsWith("--bind=") ? w.substring(7)
            : (w.equals("-b") || w.equals("--bind")) && i + 1 < words.size() ? words.get(i + 1)
            : w.startsWith("-b") && w.length() > 2 ? w.substring(2) : null;
        if (value != null) {
          return split(value, new Setting(value, Source.ENV, "GUNICORN_CMD_ARGS",
              envRange(stage, "GUNICORN_CMD_ARGS")));
        }
      }
    }
    // Without --bind, gunicorn listens on 0.0.0.0:$PORT when PORT is set (else 127.0.0.1:8000,
    // which is left alone: a gunicorn.conf.py or the platform may set the address).
    Optional<String> port = l.envValue("PORT");
    if (port.isPresent() && port.get().matches("\\d{1,5}")) {
      Optional<Range> where = envRange(stage, "PORT");
      return new Binding(Optional.of(new Setting("0.0.0.0", Source.DEFAULT, "gunicorn",
          Optional.empty())), Optional.of(new Setting(port.get(), Source.ENV, "PORT", where)));
    }
    return Binding.UNKNOWN;
  }

  private static Binding django(Launch l, List<Word> args) {
    boolean seen = false;
    for (Word w : args) {
      String a = w.unquoted();
      if (!seen) {
        seen = a.equals("runserver");
        continue;
      }
      if (a.startsWith("-")) {
        continue;
      }
      Optional<String> value = l.value(w);
      if (value.isEmpty()) {
        return Binding.UNKNOWN;
      }
      Setting whole = new Setting(value.get(), Source.FLAG, "runserver", Optional.of(l.range(w)));
      if (value.get().matches("\\d{1,5}")) {
        return new Binding(Optional.of(new Setting("127.0.0.1", Source.DEFAULT, "runserver",
            Optional.of(l.range(w)))), Optional.of(whole));
      }
      Binding b = split(value.get(), whole);
      return new Binding(b.host.map(h -> h.value().equals("0") ? withValue(h, "0.0.0.0") : h), b.port);
    }
    boolean ipv6 = args.stream().anyMatch(w -> w.is("-6") || w.is("--ipv6"));
    return new Binding(defaultSetting(l, ipv6 ? "::1" : "127.0.0.1"), defaultSetting(l, "8000"));
  }

  private static Setting withValue(Setting s, String value) {
    return new Setting(value, s.source(), s.name(), s.range());
  }

  /** Host and port from their own flags, variables and defaults (null: none). */
  private static Binding separate(Launch l, Stage stage, Set<String> hostFlags, String hostEnv,
      String hostDefault, Set<String> portFlags, String portEnv, String portDefault) {
    return new Binding(setting(l, stage, hostFlags, hostEnv, hostDefault),
        setting(l, stage, portFlags, portEnv, portDefault));
  }

  private static Optional<Setting> setting(Launch l, Stage stage, Set<String> flags, String env,
      String fallback) {
    List<Flags.Value> given = Flags.values(l, flags);
    if (!given.isEmpty()) {
      Flags.Value last = given.get(given.size() - 1);
      return last.value().map(v -> new Setting(v, Source.FLAG, last.name(),
          Optional.of(l.range(last.word(), last.valueWord()))));
    }
    if (env != null && l.envValue(env).isPresent()) {
      return Optional.of(new Setting(l.envValue(env).get(), Source.ENV, env, envRange(stage, env)));
    }
    return fallback == null ? Optional.empty() : defaultSetting(l, fallback);
  }

  private static Optional<Setting> defaultSetting(Launch l, String value) {
    return Optional.of(new Setting(value, Source.DEFAULT, l.server().display(), Optional.empty()));
  }

  /** {@code -b HOST:PORT} style flags; {@code otherwise} when none is given. */
  private static Binding combinedOr(Launch l, Set<String> flags,
      java.util.function.Supplier<Binding> otherwise) {
    List<Flags.Value> given = Flags.values(l, flags);
    if (given.isEmpty()) {
      return otherwise.get();
    }
    List<Binding> tcp = new ArrayList<>();
    for (Flags.Value v : given) {
      if (v.value().isEmpty()) {
        return Binding.UNKNOWN;
      }
      String text = v.value().get();
      if (text.startsWith("unix:") || text.startsWith("fd://") || text.startsWith("/")) {
        continue;
      }
      tcp.add(split(text, new Setting(text, Source.FLAG, v.name(),
          Optional.of(l.range(v.word(), v.valueWord())))));
    }
    // Several binds: the server listens on each; a loopback one only matters when it is the only one.
    return tcp.size() == 1 ? tcp.get(0) : Binding.UNKNOWN;
  }

  /** {@code HOST:PORT}, {@code :PORT}, {@code [::]:PORT}, {@code HOST}. */
  private static Binding split(String text, Setting whole) {
    String host;
    String port = null;
    if (text.startsWith("[")) {
      int close = text.indexOf(']');
      host = close < 0 ? text : text.substring(1, close);
      if (close >= 0 && close + 1 < text.length() && text.charAt(close + 1) == ':') {
        port = text.substring(close + 2);
      }
    } else {
      int colon = text.lastIndexOf(':');
      if (colon >= 0 && text.indexOf(':') == colon) {
        host = text.substring(0, colon);
        port = text.substring(colon + 1);
      } else {
        host = text;
      }
    }
    if (host.isEmpty() || host.equals("*")) {
      host = "0.0.0.0";
    }
    return new Binding(Optional.of(withValue(whole, host)),
        port == null ? Optional.empty() : Optional.of(withValue(whole, port)));
  }

  private static boolean has(Launch l, String... names) {
    return !Flags.values(l, Set.of(names)).isEmpty();
  }

  /** The ENV pair that sets a variable in the stage or the stages it is built FROM. */
  static Optional<Range> envRange(Stage stage, String name) {
    return envDefinition(stage, name).map(v -> v.pair().range());
  }

  static Optional<Variable> envDefinition(Stage stage, String name) {
    Optional<Variable> found = Optional.empty();
    for (Stage s : ImageFiles.chain(stage)) {
      for (EnvStep env : s.steps(EnvStep.class)) {
        for (Variable v : env.variables()) {
          if (v.name().equals(name)) {
            found = Optional.of(v);
          }
        }
      }
    }
    return found;
  }
}
