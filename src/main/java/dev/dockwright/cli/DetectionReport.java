package dev.dockwright.cli;

import dev.dockwright.python.Detected;
import dev.dockwright.python.Project;
import java.io.PrintWriter;
import java.util.List;

/** Prints what init detected, each answer with its confidence and the file it came from. */
final class DetectionReport {
  private DetectionReport() {}

  private record Row(String label, String value, Detected<?> detected) {}

  static void print(Project p, PrintWriter out) {
    out.println("Detected in " + p.root() + " (service '" + p.name() + "'):");
    List<Row> rows = List.of(
        new Row("package manager", p.dependencies().value().manager().display(), p.dependencies()),
        new Row("python", p.python().value(), p.python()),
        new Row("framework", p.framework().value().display(), p.framework()),
        new Row("start", p.entrypoint().value().describe(), p.entrypoint()),
        new Row("port", String.valueOf(p.port().value()), p.port()),
        new Row("health", "GET " + p.health().value(), p.health()));
    // the columns stay aligned when one value (a long start command) is wider than usual
    int width = Math.max(28, rows.stream().mapToInt(r -> r.value().length()).max().orElse(0));
    for (Row r : rows) {
      Detected<?> d = r.detected();
      out.printf("  %-16s %-" + width + "s %-6s %s%n", r.label(), r.value(), d.confidence().label(),
          d.reason().contains(d.source()) ? d.reason() : d.source() + ": " + d.reason());
    }
    for (String n : p.notes()) {
      out.println("note: " + n);
    }
  }
}
