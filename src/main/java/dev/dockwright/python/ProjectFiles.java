package dev.dockwright.python;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The files of one project directory that detection reads: manifests by name and the Python
 * sources that could hold the service (tests, virtualenvs, caches, build output and migrations
 * are skipped). Sources are scanned once and kept.
 */
public final class ProjectFiles {
  /** Directories that never hold the service's own code. */
  static final Set<String> SKIPPED_DIRS = Set.of(
      ".git", ".hg", ".svn", ".venv", "venv", ".env", "env", "node_modules", "__pycache__",
      ".tox", ".nox", ".mypy_cache", ".pytest_cache", ".ruff_cache", "build", "dist",
      "site-packages", ".eggs", "docs", "doc", "tests", "test", "testing", "migrations", ".idea",
      ".vscode", ".github", "examples", "benchmarks", "scripts", "notebooks", ".ipynb_checkpoints",
      "htmlcov", "alembic");
  private static final int MAX_DEPTH = 6;
  private static final int MAX_FILES = 3000;
  private static final long MAX_SOURCE_BYTES = 1_000_000;

  private final Path root;
  private final List<String> pythonFiles;
  private final Map<String, PySource> scanned = new HashMap<>();

  private ProjectFiles(Path root, List<String> pythonFiles) {
    this.root = root;
    this.pythonFiles = List.copyOf(pythonFiles);
  }

  public static ProjectFiles of(Path root) {
    List<String> py = new ArrayList<>();
    try {
      Files.walkFileTree(root, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && isSkipped(dir.getFileName().toString())) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString();
          if (attrs.isRegularFile() && name.endsWith(".py") && !isTestFile(name)) {
            py.add(relative(root, file));
          }
          return py.size() >= MAX_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException exc) {
          return FileVisitResult.CONTINUE; // unreadable corners do not stop detection
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    py.sort(ProjectFiles::byDepthThenName);
    return new ProjectFiles(root, py);
  }

  static boolean isSkipped(String dirName) {
    return SKIPPED_DIRS.contains(dirName.toLowerCase(Locale.ROOT)) || dirName.endsWith(".egg-info")
        || (dirName.startsWith(".") && !dirName.equals(".streamlit"));
  }

  private static boolean isTestFile(String name) {
    return name.startsWith("test_") || name.endsWith("_test.py") || name.equals("conftest.py")
        || name.equals("setup.py") || name.equals("noxfile.py") || name.startsWith("noxfile");
  }

  private static int byDepthThenName(String a, String b) {
    int da = a.split("/").length;
    int db = b.split("/").length;
    return da != db ? Integer.compare(da, db) : a.compareTo(b);
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace('\\', '/');
  }

  public Path root() {
    return root;
  }

  public Path resolve(String rel) {
    return root.resolve(rel);
  }

  public boolean exists(String rel) {
    return Files.isRegularFile(root.resolve(rel));
  }

  public boolean isDirectory(String rel) {
    return Files.isDirectory(root.resolve(rel));
  }

  /** The text of a file, or empty when absent, unreadable, too large or not UTF-8. */
  public Optional<String> read(String rel) {
    Path p = root.resolve(rel);
    try {
      if (!Files.isRegularFile(p) || Files.size(p) > MAX_SOURCE_BYTES) {
        return Optional.empty();
      }
      byte[] bytes = Files.readAllBytes(p);
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(
          java.nio.ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Names of the regular files directly in {@code dir} (project-relative, "" for the root). */
  public List<String> list(String dir) {
    Path d = dir.isEmpty() ? root : root.resolve(dir);
    List<String> out = new ArrayList<>();
    if (!Files.isDirectory(d)) {
      return out;
    }
    try (var s = Files.list(d)) {
      s.filter(Files::isRegularFile).forEach(p -> out.add(relative(root, p)));
    } catch (IOException e) {
      return out;
    }
    out.sort(String::compareTo);
    return out;
  }

  /** Python files that may hold the service, shallow ones first. */
  public List<String> pythonFiles() {
    return pythonFiles;
  }

  /** The scan of a Python file; an unreadable file scans as empty. */
  public PySource source(String rel) {
    return scanned.computeIfAbsent(rel, r -> PySourceScanner.scan(r, read(r).orElse("")));
  }

  /** Sources already scanned plus every candidate, scanned on demand. */
  public List<PySource> sources() {
    return pythonFiles.stream().map(this::source).toList();
  }

  /**
   * Where a file is imported from: the import root is the nearest ancestor directory that is not
   * a package (has no {@code __init__.py}); the module is the dotted path below it.
   * {@code backend/app/main.py} with {@code backend/app/__init__.py} is module {@code app.main}
   * under root {@code backend}.
   */
  public ModuleRef moduleOf(String rel) {
    String noExt = rel.substring(0, rel.length() - 3);
    List<String> parts = new ArrayList<>(List.of(noExt.split("/")));
    int rootIndex = parts.size() - 1; // index of the first module segment
    while (rootIndex > 0) {
      String pkgDir = String.join("/", parts.subList(0, rootIndex));
      if (!exists(pkgDir + "/__init__.py")) {
        break;
      }
      rootIndex--;
    }
    String importRoot = String.join("/", parts.subList(0, rootIndex));
    List<String> mod = new ArrayList<>(parts.subList(rootIndex, parts.size()));
    if (mod.size() > 1 && mod.get(mod.size() - 1).equals("__init__")) {
      mod.remove(mod.size() - 1);
    }
    return new ModuleRef(importRoot, String.join(".", mod));
  }

  /** A module name and the directory it is imported from ("" for the project root). */
  public record ModuleRef(String importRoot, String module) {}

  /** Finds the file that defines a module under an import root, if it is in this project. */
  public Optional<String> fileOfModule(String importRoot, String module) {
    String base = (importRoot.isEmpty() ? "" : importRoot + "/") + module.replace('.', '/');
    if (exists(base + ".py")) {
      return Optional.of(base + ".py");
    }
    if (exists(base + "/__init__.py")) {
      return Optional.of(base + "/__init__.py");
    }
    return Optional.empty();
  }
}
