package dev.dockwright.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the CPython minor for the image. An exact pin ({@code .python-version},
 * {@code runtime.txt}, {@code .tool-versions}) wins; otherwise the newest known minor that the
 * declared range allows ({@code requires-python}, Poetry's {@code python}, Pipfile's
 * {@code python_version}, setuptools' {@code python_requires}); otherwise the newest known minor.
 * A pin that the declared range excludes is kept but reported.
 */
final class PythonVersionDetector {
  private final ProjectFiles files;
  private final TomlFile pyproject;
  private final List<String> notes;

  PythonVersionDetector(ProjectFiles files, TomlFile pyproject, List<String> notes) {
    this.files = files;
    this.pyproject = pyproject;
    this.notes = notes;
  }

  private record Range(VersionConstraint constraint, String source, String label) {}

  Detected<String> detect() {
    List<Range> ranges = ranges();
    Optional<Detected<String>> pin = pin();
    if (pin.isPresent()) {
      String minor = pin.get().value();
      for (Range r : ranges) {
        if (!r.constraint().allowsMinor(3, Integer.parseInt(minor.substring(2)))) {
          notes.add(pin.get().source() + " pins Python " + minor + " but " + r.source() + " "
              + r.label() + " \"" + r.constraint() + "\" excludes it");
        }
      }
      return pin.get();
    }
    for (Range r : ranges) {
      Optional<String> best = PythonVersions.newestMatching(r.constraint());
      if (best.isPresent()) {
        return Detected.of(best.get(), Confidence.HIGH, r.source(), "newest CPython minor "
            + "matching " + r.label() + " \"" + r.constraint() + "\"" + eol(best.get()));
      }
      notes.add(r.source() + ": " + r.label() + " \"" + r.constraint() + "\" allows none of "
          + String.join(", ", PythonVersions.KNOWN));
    }
    return Detected.byDefault(PythonVersions.newest(), "no Python version declared; the newest "
        + "known CPython minor");
  }

  private static String eol(String minor) {
    return PythonVersions.END_OF_LIFE.contains(minor) ? " (past its end of life: consider "
        + "raising the minimum)" : "";
  }

  /** An exact minor pinned by a tool-version file. */
  private Optional<Detected<String>> pin() {
    List<String[]> candidates = new ArrayList<>();
    files.read(".python-version").ifPresent(t -> firstLine(t)
        .ifPresent(l -> candidates.add(new String[] {l, ".python-version"})));
    files.read("runtime.txt").ifPresent(t -> firstLine(t)
        .ifPresent(l -> candidates.add(new String[] {l, "runtime.txt"})));
    files.read(".tool-versions").ifPresent(t -> {
      for (String line : t.split("\n")) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length >= 2 && parts[0].equals("python")) {
          candidates.add(new String[] {parts[1], ".tool-versions"});
        }
      }
    });
    for (String[] c : candidates) {
      Optional<String> minor = PythonVersions.minorOf(c[0]);
      if (minor.isEmpty()) {
        notes.add(c[1] + ": '" + c[0] + "' is not a CPython 3 version; ignored");
        continue;
      }
      if (!PythonVersions.isKnown(minor.get())) {
        String nearest = nearestKnown(minor.get());
        notes.add(c[1] + " pins Python " + minor.get() + ", which has no known slim image here; "
            + "using " + nearest);
        return Optional.of(Detected.of(nearest, Confidence.LOW, c[1], "nearest known minor to "
            + "the pinned " + c[0]));
      }
      return Optional.of(Detected.of(minor.get(), Confidence.HIGH, c[1], "pinned to " + c[0]
          + eol(minor.get())));
    }
    return Optional.empty();
  }

  private static String nearestKnown(String minor) {
    int m = Integer.parseInt(minor.substring(minor.indexOf('.') + 1));
    String first = PythonVersions.KNOWN.get(0);
    return m < Integer.parseInt(first.substring(2)) ? first : PythonVersions.newest();
  }

  private static Optional<String> firstLine(String text) {
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** Declared ranges, strongest first. */
  private List<Range> ranges() {
    List<Range> out = new ArrayList<>();
    if (pyproject != null) {
      add(out, pyproject.string("project", "requires-python"), false, "pyproject.toml",
          "requires-python");
      add(out, pyproject.string("tool", "poetry", "dependencies", "python"), true,
          "pyproject.toml", "[tool.poetry.dependencies] python");
    }
    if (files.exists("Pipfile")) {
      TomlFile pipfile = TomlFile.read(files.resolve("Pipfile"), "Pipfile");
      String v = pipfile.string("requires", "python_full_version");
      if (v == null) {
        v = pipfile.string("requires", "python_version");
      }
      if (v != null) {
        add(out, "==" + v + (v.split("\\.").length == 2 ? ".*" : ""), false, "Pipfile",
            "[requires] python_version");
      }
    }
    SetupFiles.setupCfg(files).ifPresent(d -> add(out, d.pythonRequires(), false, "setup.cfg",
        "python_requires"));
    SetupFiles.setupPy(files).ifPresent(d -> add(out, d.pythonRequires(), false, d.source(),
        "python_requires"));
    return out;
  }

  private void add(List<Range> out, String text, boolean poetry, String source, String label) {
    if (text == null || text.isBlank()) {
      return;
    }
    try {
      out.add(new Range(VersionConstraint.parse(text, poetry), source, label));
    } catch (IllegalArgumentException e) {
      notes.add(source + ": " + label + ": " + e.getMessage());
    }
  }
}
