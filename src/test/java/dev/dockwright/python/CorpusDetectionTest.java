package dev.dockwright.python;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.io.UserException;
import dev.dockwright.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Detection (no build) over the 115 real Python service directories of
 * {@code shared/corpus/python-services}. Those directories hold the manifests (requirements,
 * pyproject, Pipfile, compose files) but not the source, so the framework comes from the
 * dependencies and the app object cannot be read; each project's own Dockerfile, which init never
 * reads, is the reference its answers are compared with.
 *
 * <p>A project counts as <em>confident</em> when the dependency source and the framework were both
 * detected with at least medium confidence. The report goes to
 * {@code target/corpus-detection.tsv} and the summary to the test output; the floors asserted
 * below are the measured numbers, so a change that makes detection worse fails here.
 */
class CorpusDetectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Row(String dir, String status, String manager, String managerConf, String python,
      String pythonSource, String framework, String frameworkConf, String entry,
      String entryConf, int port, String portSource, String reference, String agrees,
      String reason) {}

  @org.junit.jupiter.api.io.TempDir Path tmp;

  @Test
  void detectsTheCorpus() throws IOException {
    Path corpus = SharedData.require("corpus/python-services");
    List<Path> dirs;
    try (Stream<Path> s = Files.list(corpus)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    List<Row> rows = new ArrayList<>();
    List<Row> restored = new ArrayList<>();
    for (Path d : dirs) {
      rows.add(row(d, d));
      restored.add(row(withPlaceholders(d), d));
    }
    long restoredConfident = restored.stream().filter(r -> r.status().equals("confident"))
        .count();
    long restoredUv = restored.stream().filter(r -> r.manager().equals("uv")).count();
    long confident = rows.stream().filter(r -> r.status().equals("confident")).count();
    long agree = rows.stream().filter(r -> r.agrees().equals("yes")).count();
    long comparable = rows.stream().filter(r -> !r.agrees().equals("n/a")).count();
    long explicitPython = rows.stream().filter(r -> !r.pythonSource().equals("default")).count();
    StringBuilder tsv = new StringBuilder(String.join("\t", "dir", "status", "manager",
        "managerConf", "python", "pythonSource", "framework", "frameworkConf", "entry",
        "entryConf", "port", "portSource", "reference", "agrees", "reason")).append('\n');
    for (Row r : rows) {
      tsv.append(String.join("\t", r.dir(), r.status(), r.manager(), r.managerConf(), r.python(),
          r.pythonSource(), r.framework(), r.frameworkConf(), r.entry(), r.entryConf(),
          String.valueOf(r.port()), r.portSource(), r.reference(), r.agrees(), r.reason()))
          .append('\n');
    }
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/corpus-detection.tsv"), tsv);
    System.out.printf(Locale.ROOT, "corpus detection: %d/%d confident; framework agrees with the "
        + "project's own Dockerfile in %d/%d comparable; Python version declared in %d/%d%n",
        confident, rows.size(), agree, comparable, explicitPython, rows.size());
    System.out.printf(Locale.ROOT, "with the files meta.json lists as present but not copied "
        + "(lock files, setup.py) restored as empty placeholders: %d/%d confident, %d use uv%n",
        restoredConfident, rows.size(), restoredUv);
    rows.stream().filter(r -> !r.status().equals("confident"))
        .forEach(r -> System.out.println("  " + r.dir() + " " + r.status() + ": " + r.reason()));

    assertThat(rows).hasSize(115);
    assertThat(confident).as("confident detections").isGreaterThanOrEqualTo(FLOOR_CONFIDENT);
    assertThat(agree).as("agreement with the projects' Dockerfiles")
        .isGreaterThanOrEqualTo(FLOOR_AGREE).isEqualTo(comparable);
    assertThat(restoredUv).as("uv projects once their uv.lock is back").isEqualTo(23);
  }

  /** Measured numbers (see the class comment); raise them when detection improves. */
  private static final long FLOOR_CONFIDENT = 73;
  private static final long FLOOR_AGREE = 29;

  /**
   * A copy of the directory with an empty file for each one meta.json says the project has but
   * the corpus did not copy (uv.lock, setup.py, an oversized requirements.txt): their presence is
   * what detection reads first.
   */
  private Path withPlaceholders(Path d) throws IOException {
    Path copy = tmp.resolve(d.getFileName().toString());
    try (Stream<Path> s = Files.walk(d)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        Path t = copy.resolve(d.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t);
        }
      }
    }
    JsonNode meta = JSON.readTree(d.resolve("meta.json").toFile());
    for (JsonNode n : meta.path("present_not_copied")) {
      String name = n.asText().replaceAll(" \\(.*\\)$", "");
      if (!name.contains("/") && !Files.exists(copy.resolve(name))) {
        Files.writeString(copy.resolve(name), "");
      }
    }
    return copy;
  }

  private static Row row(Path d, Path original) throws IOException {
    JsonNode meta = JSON.readTree(original.resolve("meta.json").toFile());
    String reference = reference(original);
    try {
      Project p = ProjectDetector.detect(d);
      boolean confident = p.dependencies().confidence().atLeast(Confidence.MEDIUM)
          && p.framework().confidence().atLeast(Confidence.MEDIUM);
      String agrees = agreement(p.framework().value(), reference);
      String reason = confident ? "" : p.framework().confidence().atLeast(Confidence.MEDIUM)
          ? "dependencies: " + p.dependencies().reason()
          : "framework: " + p.framework().reason();
      return new Row(d.getFileName().toString(), confident ? "confident" : "unsure",
          p.dependencies().value().manager().id(), p.dependencies().confidence().label(),
          p.python().value(), p.python().source(), p.framework().value().id(),
          p.framework().confidence().label(), p.entrypoint().value().describe(),
          p.entrypoint().confidence().label(), p.port().value(), p.port().source(), reference,
          agrees, reason + " [" + meta.path("repo").asText() + "/" + meta.path("path").asText()
          + "]");
    } catch (UserException e) {
      return new Row(d.getFileName().toString(), "failed", "", "", "", "", "", "", "", "", 0,
          "", reference, "n/a", e.getMessage());
    }
  }

  /**
   * What the project's own Dockerfile starts, reduced to a server family: its last CMD or
   * ENTRYPOINT, read as text.
   */
  static String reference(Path d) throws IOException {
    String cmd = "";
    for (String line : Files.readAllLines(d.resolve("Dockerfile"))) {
      String l = line.strip();
      String upper = l.toUpperCase(Locale.ROOT);
      if (upper.startsWith("CMD") || upper.startsWith("ENTRYPOINT")) {
        cmd = cmd.isEmpty() || upper.startsWith("CMD") ? l : cmd + " " + l;
      }
    }
    String c = cmd.toLowerCase(Locale.ROOT);
    if (c.contains("streamlit")) {
      return "streamlit";
    }
    if (c.contains("manage.py") || c.contains("django")) {
      return "django";
    }
    if (c.contains("uvicorn") || c.contains("hypercorn") || c.contains("fastapi run")
        || c.contains("uvicornworker")) {
      return "asgi";
    }
    if (c.contains("gunicorn") || c.contains("waitress") || c.contains("flask run")) {
      return "wsgi";
    }
    if (c.contains("gradio")) {
      return "gradio";
    }
    if (c.contains("python") || c.contains(".py")) {
      return "python";
    }
    return cmd.isEmpty() ? "none" : "other";
  }

  /** Whether the detected framework fits what the project's Dockerfile runs. */
  static String agreement(Framework f, String reference) {
    return switch (reference) {
      case "streamlit" -> yes(f == Framework.STREAMLIT);
      case "django" -> yes(f == Framework.DJANGO);
      case "asgi" -> yes(f.isAsgi() || f == Framework.MCP || f == Framework.FASTMCP
          || f == Framework.DJANGO);
      case "wsgi" -> yes(f == Framework.FLASK || f == Framework.DJANGO || f.isAsgi());
      default -> "n/a";
    };
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
