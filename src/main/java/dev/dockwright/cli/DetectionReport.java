package dev.dockwright.cli;

import dev.dockwright.python.Detected;
import dev.dockwright.python.Project;
import java.io.PrintWriter;

/** Prints what init detected, each answer with its confidence and the file it came from. */
final class DetectionReport {
  private DetectionReport() {}

  static void print(Project p, PrintWriter out) {
    out.println("Detected in " + p.root() + " (service '" + p.name() + "'):");
    row(out, "package manager", p.dependencies().value().manager().display(), p.dependencies());
    row(out, "python", p.python().value(), p.python());
    row(out, "framework", p.framework().value().display(), p.framework());
    row(out, "start", p.entrypoint().value().describe(), p.entrypoint());
    row(out, "port", String.valueOf(p.port().value()), p.port());
    row(out, "health", "GET " + p.health().value(), p.health());
    for (String n : p.notes()) {
      out.println("note: " + n);
    }
  }

  private static void row(PrintWriter out, String label, String value, Detected<?> d) {
    out.printf("  %-16s %-28s %-6s %s%n", label, value, d.confidence().label(),
        d.reason().contains(d.source()) ? d.reason() : d.source() + ": " + d.reason());
  }
}
