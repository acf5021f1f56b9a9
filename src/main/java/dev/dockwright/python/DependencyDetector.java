package dev.dockwright.python;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which tool installs the dependencies and from which files, in the order a careful
 * engineer would: a lock file is the strongest statement (uv.lock, poetry.lock, pdm.lock,
 * Pipfile.lock), then the tool's own pyproject table, then requirements files (with their
 * {@code -r}/{@code -c} closure), then PEP 621 metadata, then setup.py/setup.cfg.
 */
final class DependencyDetector {
  private static final List<String> REQUIREMENTS_PREFERENCE = List.of(
      "requirements.txt", "requirements-prod.txt", "requirements_prod.txt",
      "requirements-production.txt", "requirements/prod.txt", "requirements/production.txt",
      "requirements/base.txt", "requirements/main.txt", "requirements/requirements.txt",
      "requirements.in");
  private static final List<String> NOT_RUNTIME = List.of(
      "dev", "test", "lint", "doc", "ci", "local", "typing", "format", "check");

  private final ProjectFiles files;
  private final TomlFile pyproject;
  private final List<String> notes;

  DependencyDetector(ProjectFiles files, TomlFile pyproject, List<String> notes) {
    this.files = files;
    this.pyproject = pyproject;
    this.notes = notes;
  }

  /** Detection with the tool chosen from the project; {@code forced} overrides the choice. */
  Detected<Dependencies> detect(PackageManager forced) {
    boolean hasPyproject = pyproject != null;
    boolean poetryTable = hasPyproject && pyproject.has("tool", "poetry");
    boolean poetryBackend = hasPyproject && String.valueOf(
        pyproject.string("build-system", "build-backend")).startsWith("poetry");
    boolean pdmTable = hasPyproject && pyproject.has("tool", "pdm");
    Optional<String> requirements = mainRequirementsFile();

    PackageManager m = forced;
    String why;
    Confidence conf;
    String source;
    if (forced != null) {
      why = "set by --package-manager";
      conf = Confidence.HIGH;
      source = "--package-manager";
    } else if (files.exists("uv.lock") && hasPyproject) {
      m = PackageManager.UV;
      why = "uv.lock pins every dependency";
      conf = Confidence.HIGH;
      source = "uv.lock";
    } else if (files.exists("poetry.lock") && hasPyproject) {
      m = PackageManager.POETRY;
      why = "poetry.lock pins every dependency";
      conf = Confidence.HIGH;
      source = "poetry.lock";
    } else if (files.exists("pdm.lock") && hasPyproject) {
      m = PackageManager.PDM;
      why = "pdm.lock pins every dependency";
      conf = Confidence.HIGH;
      source = "pdm.lock";
    } else if (files.exists("Pipfile.lock") && files.exists("Pipfile")) {
      m = PackageManager.PIPENV;
      why = "Pipfile.lock pins every dependency";
      conf = Confidence.HIGH;
      source = "Pipfile.lock";
    } else if (poetryTable && (pyproject.has("tool", "poetry", "dependencies") || poetryBackend)) {
      m = PackageManager.POETRY;
      why = "pyproject.toml has [tool.poetry] (no poetry.lock: versions resolve at build time)";
      conf = Confidence.MEDIUM;
      source = "pyproject.toml";
    } else if (pdmTable && !pyproject.has("tool", "uv")) {
      m = PackageManager.PDM;
      why = "pyproject.toml has [tool.pdm] (no pdm.lock: versions resolve at build time)";
      conf = Confidence.MEDIUM;
      source = "pyproject.toml";
    } else if (requirements.isPresent()) {
      m = PackageManager.PIP;
      String r = requirements.get();
      boolean compiled = r.equals("requirements.txt") && files.exists("requirements.in");
      why = compiled ? "requirements.txt (compiled from requirements.in by pip-tools)"
          : r + " lists the dependencies";
      conf = r.equals("requirements.txt") || r.equals("requirements.in") ? Confidence.HIGH
          : Confidence.MEDIUM;
      source = r;
    } else if (files.exists("Pipfile")) {
      m = PackageManager.PIPENV;
      why = "Pipfile (no Pipfile.lock: versions resolve at build time)";
      conf = Confidence.MEDIUM;
      source = "Pipfile";
    } else if (hasPyproject && pyproject.has("project")) {
      boolean hatch = pyproject.has("tool", "hatch") || String.valueOf(
          pyproject.string("build-system", "build-backend")).startsWith("hatchling");
      m = hatch ? PackageManager.HATCH : PackageManager.PIP;
      why = hatch ? "PEP 621 [project] built by Hatch (no lock file; pip installs it)"
          : "PEP 621 [project] in pyproject.toml (no lock file; pip installs it)";
      conf = Confidence.HIGH;
      source = "pyproject.toml";
    } else if (files.exists("setup.py") || files.exists("setup.cfg")) {
      m = PackageManager.PIP;
      why = "setuptools project (setup.py/setup.cfg); pip installs it";
      conf = Confidence.MEDIUM;
      source = files.exists("setup.py") ? "setup.py" : "setup.cfg";
    } else {
      m = PackageManager.PIP;
      why = "no dependency manifest: standard library only";
      conf = Confidence.MEDIUM;
      source = "default";
    }
    return Detected.of(build(m, requirements, why), conf, source, why);
  }

  private Dependencies build(PackageManager m, Optional<String> requirements, String why) {
    Set<String> names = new LinkedHashSet<>();
    List<String> manifests = new ArrayList<>();
    String lock = null;
    boolean installsProject = false;
    boolean needsSource = false;
    boolean workspace = pyproject != null && pyproject.has("tool", "uv", "workspace");
    List<String> pepDeps = pyproject == null ? List.of() : pyproject.strings("project",
        "dependencies");
    boolean dynamicDeps = pyproject != null && pyproject.strings("project", "dynamic")
        .contains("dependencies");
    pepDeps.forEach(d -> addName(names, d, "pyproject.toml"));
    boolean buildable = pyproject != null && pyproject.has("build-system");

    switch (m) {
      case UV -> {
        lock = manifestAndLock(manifests, "pyproject.toml", "uv.lock");
        // uv installs the project itself unless told it is not a package.
        JsonNodeBool pkg = JsonNodeBool.of(pyproject, "tool", "uv", "package");
        installsProject = pkg == JsonNodeBool.TRUE || (pkg == JsonNodeBool.UNSET && buildable);
      }
      case POETRY -> {
        lock = manifestAndLock(manifests, "pyproject.toml", "poetry.lock");
        if (pyproject != null) {
          pyproject.keys("tool", "poetry", "dependencies").stream()
              .filter(k -> !k.equalsIgnoreCase("python"))
              .forEach(k -> names.add(Requirement.normalize(k)));
          JsonNodeBool mode = JsonNodeBool.of(pyproject, "tool", "poetry", "package-mode");
          installsProject = mode != JsonNodeBool.FALSE && (buildable || pyproject.has("tool",
              "poetry", "packages") || pyproject.has("tool", "poetry", "scripts"));
        }
      }
      case PDM -> {
        lock = manifestAndLock(manifests, "pyproject.toml", "pdm.lock");
        JsonNodeBool dist = JsonNodeBool.of(pyproject, "tool", "pdm", "distribution");
        installsProject = dist == JsonNodeBool.TRUE || (dist == JsonNodeBool.UNSET && buildable);
      }
      case PIPENV -> {
        lock = manifestAndLock(manifests, "Pipfile", "Pipfile.lock");
        if (files.exists("Pipfile")) {
          TomlFile pipfile = TomlFile.read(files.resolve("Pipfile"), "Pipfile");
          pipfile.keys("packages").forEach(k -> names.add(Requirement.normalize(k)));
        }
      }
      case PIP, HATCH -> {
        if (requirements.isPresent() && m == PackageManager.PIP) {
          Closure c = closure(requirements.get());
          manifests.addAll(c.files);
          names.addAll(c.names);
          needsSource = c.installsProject;
          installsProject = c.installsProject;
          if (requirements.get().equals("requirements.txt") && files.exists("requirements.in")) {
            lock = "requirements.txt";
          } else if (c.hashes) {
            lock = requirements.get();
          }
        } else if (pyproject != null && pyproject.has("project")) {
          manifests.add("pyproject.toml");
          installsProject = true;
          needsSource = dynamicDeps;
        } else if (files.exists("setup.py") || files.exists("setup.cfg")) {
          installsProject = true;
          needsSource = true;
          SetupFiles.setupPy(files).ifPresent(d -> d.installRequires()
              .forEach(r -> addName(names, r, d.source())));
          SetupFiles.setupCfg(files).ifPresent(d -> d.installRequires()
              .forEach(r -> addName(names, r, d.source())));
        }
      }
      default -> throw new IllegalStateException(m.toString());
    }
    if (m != PackageManager.PIP || requirements.isEmpty()) {
      // Requirements files still tell us which frameworks are in play.
      requirements.ifPresent(r -> names.addAll(closure(r).names));
    }
    return new Dependencies(m, why, manifests, lock, installsProject, needsSource,
        dynamicDeps ? List.of() : pepDeps, names, workspace);
  }

  /** Adds {@code manifest}, and {@code lockFile} when it exists; returns the lock file or null. */
  private String manifestAndLock(List<String> manifests, String manifest, String lockFile) {
    manifests.add(manifest);
    if (!files.exists(lockFile)) {
      return null;
    }
    manifests.add(lockFile);
    return lockFile;
  }

  /** A requirement's name and the servers its extras bring ({@code fastapi[standard]}). */
  static List<String> namesOf(Requirement r) {
    List<String> out = new ArrayList<>(List.of(r.normalizedName()));
    if (r.normalizedName().equals("fastapi") && r.extras().stream()
        .anyMatch(e -> e.equals("standard") || e.equals("all"))) {
      out.add("uvicorn");
    }
    if (r.normalizedName().equals("mcp") && r.extras().contains("cli")) {
      out.add("typer");
    }
    return out;
  }

  private void addName(Set<String> names, String requirement, String where) {
    try {
      names.addAll(namesOf(Pep508.parse(requirement)));
    } catch (Pep508.SyntaxError e) {
      notes.add(where + ": cannot read dependency '" + requirement + "': " + e.getMessage());
    }
  }

  /** The main runtime requirements file, if any. */
  Optional<String> mainRequirementsFile() {
    for (String name : REQUIREMENTS_PREFERENCE) {
      if (files.exists(name)) {
        return Optional.of(name);
      }
    }
    List<String> others = new ArrayList<>();
    for (String dir : List.of("", "requirements")) {
      for (String f : files.list(dir)) {
        String base = Path.of(f).getFileName().toString().toLowerCase(Locale.ROOT);
        boolean looksLike = dir.isEmpty() ? base.startsWith("requirements") && base.endsWith(".txt")
            : base.endsWith(".txt");
        if (looksLike && NOT_RUNTIME.stream().noneMatch(base::contains)) {
          others.add(f);
        }
      }
    }
    return others.stream().findFirst();
  }

  record Closure(List<String> files, Set<String> names, boolean installsProject, boolean hashes) {}

  /** A requirements file and everything it includes ({@code -r}) or constrains by ({@code -c}). */
  Closure closure(String start) {
    List<String> order = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    boolean self = false;
    boolean hashes = false;
    Deque<String> todo = new ArrayDeque<>(List.of(start));
    while (!todo.isEmpty()) {
      String f = todo.removeFirst();
      if (order.contains(f)) {
        continue; // includes may form a cycle; pip would loop, we just stop
      }
      Optional<String> text = files.read(f);
      if (text.isEmpty()) {
        continue;
      }
      order.add(f);
      RequirementsFile rf = RequirementsParser.parse(f, text.get());
      notes.addAll(rf.problems());
      rf.requirements().forEach(r -> names.addAll(namesOf(r.value())));
      self |= rf.installsProject();
      hashes |= rf.hashes();
      String dir = f.contains("/") ? f.substring(0, f.lastIndexOf('/')) : "";
      List<String> refs = new ArrayList<>(rf.includes());
      refs.addAll(rf.constraints());
      for (String ref : refs) {
        String resolved = normalize(dir.isEmpty() ? ref : dir + "/" + ref);
        if (resolved.startsWith("../") || ref.contains("://")) {
          notes.add(f + ": '" + ref + "' is outside the project directory; the build context "
              + "cannot see it");
        } else if (!files.exists(resolved)) {
          notes.add(f + ": included file '" + ref + "' does not exist");
        } else {
          todo.add(resolved);
        }
      }
    }
    return new Closure(order, names, self, hashes);
  }

  /** Removes {@code .} and {@code a/..} segments from a relative path. */
  static String normalize(String path) {
    Deque<String> out = new ArrayDeque<>();
    for (String seg : path.split("/")) {
      if (seg.isEmpty() || seg.equals(".")) {
        continue;
      }
      if (seg.equals("..") && !out.isEmpty() && !out.peekLast().equals("..")) {
        out.removeLast();
      } else {
        out.addLast(seg);
      }
    }
    return String.join("/", out);
  }

  /** A TOML boolean that may be absent. */
  enum JsonNodeBool {
    TRUE, FALSE, UNSET;

    static JsonNodeBool of(TomlFile toml, String... keys) {
      if (toml == null) {
        return UNSET;
      }
      var n = toml.at(keys);
      if (n.isBoolean()) {
        return n.asBoolean() ? TRUE : FALSE;
      }
      return UNSET;
    }
  }
}
