package dev.dockwright.python;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What setuptools' legacy files declare: {@code install_requires} and {@code python_requires}
 * from the {@code setup(...)} call in setup.py (literal values only: setup.py is a program, and we
 * read it without running it) and from the {@code [options]} section of setup.cfg.
 */
final class SetupFiles {
  record Declared(List<String> installRequires, String pythonRequires, String source) {}

  private SetupFiles() {}

  static Optional<Declared> setupPy(ProjectFiles files) {
    Optional<String> text = files.read("setup.py");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    PySource src = PySourceScanner.scan("setup.py", text.get());
    for (PySource.Call call : src.calls()) {
      if (!src.qualify(call.callee()).endsWith("setup")) {
        continue;
      }
      List<String> reqs = call.kwarg("install_requires").map(a -> stringsIn(a.tokens()))
          .orElse(List.of());
      String py = call.kwarg("python_requires").flatMap(PySource.Arg::string).orElse(null);
      return Optional.of(new Declared(reqs, py, "setup.py:" + call.line()));
    }
    return Optional.of(new Declared(List.of(), null, "setup.py"));
  }

  /** The string literals in a list/tuple expression ({@code ["a>=1", "b"]}). */
  private static List<String> stringsIn(List<PyToken> tokens) {
    List<String> out = new ArrayList<>();
    for (PyToken t : tokens) {
      if (t.kind() == PyToken.Kind.STRING) {
        out.add(t.value());
      }
    }
    return out;
  }

  static Optional<Declared> setupCfg(ProjectFiles files) {
    Optional<String> text = files.read("setup.cfg");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> options = section(text.get(), "options");
    List<String> reqs = new ArrayList<>();
    String raw = options.getOrDefault("install_requires", "");
    for (String line : raw.split("[\n;]")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        reqs.add(l);
      }
    }
    return Optional.of(new Declared(reqs, options.get("python_requires"), "setup.cfg"));
  }

  /**
   * The keys of one INI section; continuation lines (indented) are joined with newlines, as
   * configparser does.
   */
  static Map<String, String> section(String ini, String name) {
    Map<String, String> out = new LinkedHashMap<>();
    boolean in = false;
    String key = null;
    for (String line : ini.replace("\r\n", "\n").split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
        in = trimmed.substring(1, trimmed.length() - 1).strip().equals(name);
        key = null;
        continue;
      }
      if (!in || trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith(";")) {
        continue;
      }
      if (Character.isWhitespace(line.charAt(0)) && key != null) {
        out.merge(key, trimmed, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
        continue;
      }
      int eq = indexOfSeparator(line);
      if (eq > 0) {
        key = line.substring(0, eq).strip();
        out.put(key, line.substring(eq + 1).strip());
      }
    }
    return out;
  }

  private static int indexOfSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }
}
