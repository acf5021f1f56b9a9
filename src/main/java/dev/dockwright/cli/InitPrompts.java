package dev.dockwright.cli;

import dev.dockwright.io.UserException;
import dev.dockwright.python.Framework;
import dev.dockwright.python.Overrides;
import dev.dockwright.python.PackageManager;
import dev.dockwright.python.Project;
import dev.dockwright.python.ProjectDetector;
import dev.dockwright.python.PythonVersions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * {@code init --interactive}: shows each detected answer and lets the user keep it (Enter) or
 * type another. Answers set by flags are not asked again. Detection runs again after the answers
 * that others depend on (a new framework or app changes the port and health defaults).
 */
final class InitPrompts {
  private static final int ATTEMPTS = 3;
  private final BufferedReader in;
  private final PrintWriter out;
  private boolean eof;

  InitPrompts(BufferedReader in, PrintWriter out) {
    this.in = in;
    this.out = out;
  }

  Project confirm(Path dir, Project p, Overrides flags) {
    Overrides o = flags;
    if (flags.packageManager() == null) {
      PackageManager pm = ask("package manager (pip, uv, poetry, pdm, hatch, pipenv)",
          p.dependencies().value().manager().id(), PackageManager::fromId);
      if (pm != p.dependencies().value().manager()) {
        o = o.withPackageManager(pm);
      }
    }
    if (flags.python() == null) {
      String v = ask("python (" + String.join(", ", PythonVersions.KNOWN) + ")",
          p.python().value(), s -> {
            String minor = PythonVersions.minorOf(s).filter(PythonVersions::isKnown)
                .orElseThrow(() -> new IllegalArgumentException("not a known minor"));
            return minor;
          });
      if (!v.equals(p.python().value())) {
        o = o.withPython(v);
      }
    }
    if (flags.framework() == null) {
      Framework f = ask("framework (fastapi, starlette, flask, django, streamlit, gradio, mcp, "
          + "fastmcp, console-script, plain)", p.framework().value().id(), Framework::fromId);
      if (f != p.framework().value()) {
        o = o.withFramework(f);
      }
    }
    Project again = ProjectDetector.detect(dir, o);
    if (flags.app() == null) {
      String app = ask("start (module:attr, file.py or script name)",
          again.entrypoint().value().target(), s -> s);
      if (!app.equals(again.entrypoint().value().target())) {
        o = o.withApp(app);
        again = ProjectDetector.detect(dir, o);
      }
    }
    if (flags.port() == null) {
      int port = ask("port", String.valueOf(again.port().value()), s -> {
        int n = Integer.parseInt(s);
        if (n < 1 || n > 65535) {
          throw new IllegalArgumentException("not a port number");
        }
        return n;
      });
      if (port != again.port().value()) {
        o = o.withPort(port);
      }
    }
    if (flags.health() == null) {
      String h = ask("health path", again.health().value().path(), s -> {
        if (!s.startsWith("/")) {
          throw new IllegalArgumentException("a path starts with '/'");
        }
        return s;
      });
      if (!h.equals(again.health().value().path())) {
        o = o.withHealth(h);
      }
    }
    return ProjectDetector.detect(dir, o);
  }

  /** Asks until the answer parses; Enter (or the end of input) keeps the current value. */
  private <T> T ask(String question, String current, Function<String, T> parse) {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      out.print(question + " [" + current + "]: ");
      out.flush();
      String line = readLine();
      if (line == null || line.isBlank()) {
        if (eof) {
          out.println();
        }
        return parse.apply(current);
      }
      try {
        return parse.apply(line.strip());
      } catch (IllegalArgumentException | UserException e) {
        out.println("  " + e.getMessage());
      }
    }
    out.println("  keeping " + current);
    return parse.apply(current);
  }

  private String readLine() {
    if (eof) {
      return null;
    }
    try {
      String l = in.readLine();
      eof = l == null;
      return l;
    } catch (IOException e) {
      eof = true;
      return null;
    }
  }
}
