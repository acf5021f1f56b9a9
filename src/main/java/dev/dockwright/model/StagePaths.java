package dev.dockwright.model;

import dev.dockwright.model.image.OsFamily;
import dev.dockwright.model.image.PythonRuntime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which paths a stage's file system can have once the stage is built: what its base image brings,
 * what COPY, ADD and WORKDIR create, and what the RUN commands we understand create (mkdir,
 * virtualenvs, pip installs and their targets, wheel directories, downloads, clones, archives).
 *
 * <p>The answer is deliberately one-sided: {@link #of(Stage)} is empty ("cannot tell") as soon as
 * a RUN runs something whose effect on the file system we do not model (a build script, make, npm),
 * so a rule built on it only reports a path when every step of the stage is understood.
 */
public final class StagePaths {

  /** Directories whose content comes with any distribution image. */
  private static final List<String> SYSTEM_DIRS = List.of(
      "/usr", "/etc", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/var", "/run",
      "/proc", "/sys", "/dev");

  /** Directories that exist in a distribution image but are empty (or nearly). */
  private static final List<String> EMPTY_DIRS =
      List.of("/opt", "/srv", "/home", "/tmp", "/mnt", "/media", "/root", "/usr/local");

  /** Programs that change nothing we would copy, or only what package managers own. */
  private static final Set<String> NEUTRAL = Set.of(
      "apt-get", "apt", "apk", "yum", "dnf", "microdnf", "zypper", "rm", "rmdir", "echo",
      "printf", "true", ":", "set", "export", "cd", "chmod", "chown", "chgrp", "ldconfig",
      "update-ca-certificates", "test", "[", "which", "id", "groupadd", "addgroup", "sed",
      "grep", "cat", "ls", "find", "xargs", "sleep", "pwd", "env", "locale-gen", "dpkg-reconfigure",
      "update-alternatives", "ln", "exit", "command", "unset", "usermod", "python", "uv", "pip",
      "poetry", "pipenv", "pdm", "useradd", "adduser", "mkdir", "touch", "cp", "mv", "curl",
      "wget", "git", "tar", "unzip", "virtualenv", "venv", "install", "gpg", "dpkg", "ensurepip");

  private final Set<String> roots;

  private StagePaths(Set<String> roots) {
    this.roots = roots;
  }

  /** The paths under which the built stage can have files; empty when that cannot be told. */
  public static Optional<StagePaths> of(Stage stage) {
    Set<String> roots = new LinkedHashSet<>();
    if (!baseRoots(stage, roots)) {
      return Optional.empty();
    }
    for (Stage s : chain(stage)) {
      for (Step step : s.steps()) {
        if (step instanceof CopyStep copy) {
          roots.add(copy.resolvedDestination());
        } else if (step instanceof WorkdirStep wd) {
          roots.add(wd.resolved());
        } else if (step instanceof RunStep run) {
          if (run.scripts().isEmpty() || !runRoots(s, run, roots)) {
            return Optional.empty();
          }
        }
      }
    }
    return Optional.of(new StagePaths(roots));
  }

  /** Whether {@code path} can exist in the stage (it is, or is under, a known root). */
  public boolean mayContain(String path) {
    String p = Paths.normalize(path);
    for (String root : roots) {
      if (Paths.isUnder(p, root)) {
        return true;
      }
    }
    return EMPTY_DIRS.contains(p) || p.equals("/");
  }

  public Set<String> roots() {
    return roots;
  }

  private static List<Stage> chain(Stage stage) {
    List<Stage> out = new ArrayList<>();
    for (Stage s = stage; s != null; s = s.parent().orElse(null)) {
      out.add(0, s);
    }
    return out;
  }

  private static boolean baseRoots(Stage stage, Set<String> roots) {
    OsFamily os = stage.facts().os();
    if (os == OsFamily.SCRATCH) {
      return true;
    }
    // Only distribution images have a layout we know; distroless and tool images (the uv image
    // keeps its binaries at /uv) put files anywhere.
    if (os == OsFamily.UNKNOWN || os == OsFamily.WINDOWS || os == OsFamily.DISTROLESS) {
      return false;
    }
    roots.addAll(SYSTEM_DIRS);
    stage.facts().python().ifPresent(py -> {
      roots.add(py.libDir());
      roots.add(py.binDir());
      roots.add(py.prefix() + "/include/python" + py.version());
    });
    return true;
  }

  /** Adds what one RUN creates; false when it runs something we cannot follow. */
  private static boolean runRoots(Stage stage, RunStep run, Set<String> roots) {
    for (RunStep.Command c : run.commands()) {
      var inv = c.invocation();
      String program = inv.program();
      if (program == null) {
        continue; // assignments only, or a dynamic name in a substitution
      }
      if (!NEUTRAL.contains(program)) {
        return false;
      }
      String cwd = run.context().workdir();
      List<String> args = inv.resolved().argValues();
      switch (program) {
        case "mkdir", "touch", "virtualenv", "venv" -> operands(args).forEach(a -> roots.add(Paths.resolve(cwd, a)));
        case "cp", "mv", "ln", "install" -> lastOperand(args).ifPresent(a -> roots.add(Paths.resolve(cwd, a)));
        case "useradd", "adduser" -> roots.add("/home");
        case "curl" -> optionValue(args, "-o", "--output").ifPresent(a -> roots.add(Paths.resolve(cwd, a)));
        case "wget" -> optionValue(args, "-O", "--output-document").or(() -> optionValue(args, "-P", "--directory-prefix"))
            .ifPresent(a -> roots.add(Paths.resolve(cwd, a)));
        case "git" -> {
          List<String> ops = operands(args);
          if (ops.size() >= 3 && ops.get(0).equals("clone")) {
            roots.add(Paths.resolve(cwd, ops.get(2)));
          } else if (ops.size() == 2 && ops.get(0).equals("clone")) {
            String repo = ops.get(1).replaceAll("/+$", "").replaceAll("\\.git$", "");
            roots.add(Paths.resolve(cwd, repo.substring(repo.lastIndexOf('/') + 1)));
          }
        }
        case "tar", "unzip" -> {
          Optional<String> dir = optionValue(args, "-C", "--directory").or(() -> optionValue(args, "-d", null));
          roots.add(dir.map(d -> Paths.resolve(cwd, d)).orElse(cwd));
        }
        case "python" -> {
          // `python -m venv DIR` reaches here as program "venv"; other python runs may write
          // anywhere (setup.py, build scripts).
          return false;
        }
        case "pip", "uv", "poetry", "pipenv", "pdm" -> {
          if (!pythonRoots(stage, run, program, args, roots)) {
            return false;
          }
        }
        default -> {
          // neutral
        }
      }
    }
    return true;
  }

  private static boolean pythonRoots(Stage stage, RunStep run, String program, List<String> args,
      Set<String> roots) {
    String cwd = run.context().workdir();
    Scope scope = run.context().scope();
    List<String> ops = operands(args);
    String sub = ops.isEmpty() ? "" : ops.get(0);
    if (program.equals("uv") && sub.equals("pip") && ops.size() > 1) {
      sub = ops.get(1);
    }
    switch (sub) {
      case "wheel", "download" ->
          roots.add(Paths.resolve(cwd, optionValue(args, "-w", "--wheel-dir")
              .or(() -> optionValue(args, "-d", "--dest")).orElse(".")));
      case "install", "sync", "add" -> {
        Optional<String> target = optionValue(args, "-t", "--target")
            .or(() -> optionValue(args, null, "--prefix"))
            .or(() -> optionValue(args, null, "--root"));
        if (target.isPresent()) {
          roots.add(Paths.resolve(cwd, target.get()));
        } else if (args.contains("--user")) {
          roots.add(Paths.resolve(home(run), ".local"));
        } else if (program.equals("uv") && !sub.equals("install")
            || program.equals("poetry") || program.equals("pipenv") || program.equals("pdm")) {
          roots.add(Paths.resolve(cwd, ".venv"));
          Optional.ofNullable(scope.get("UV_PROJECT_ENVIRONMENT")).ifPresent(v -> roots.add(Paths.resolve(cwd, v)));
          Optional.ofNullable(scope.get("VIRTUAL_ENV")).ifPresent(roots::add);
          stage.facts().python().map(PythonRuntime::libDir).ifPresent(roots::add);
        } else {
          Optional.ofNullable(scope.get("VIRTUAL_ENV")).ifPresent(roots::add);
          venvOnPath(scope).ifPresent(roots::add);
        }
      }
      case "venv" -> roots.add(Paths.resolve(cwd, ops.size() > 1 ? ops.get(1) : ".venv"));
      default -> {
        // export, config, lock, --version: nothing we would copy
      }
    }
    return true;
  }

  /** {@code PATH=/opt/venv/bin:$PATH} means pip installs into {@code /opt/venv}. */
  private static Optional<String> venvOnPath(Scope scope) {
    String path = scope.get("PATH");
    if (path == null) {
      return Optional.empty();
    }
    String first = path.split(":")[0];
    return first.endsWith("/bin") && !first.startsWith("/usr") && !first.equals("/bin")
        ? Optional.of(first.substring(0, first.length() - "/bin".length())) : Optional.empty();
  }

  private static String home(RunStep run) {
    return run.context().user().filter(u -> !u.isRoot()).map(u -> "/home/" + u.user()).orElse("/root");
  }

  private static List<String> operands(List<String> args) {
    List<String> out = new ArrayList<>();
    for (String a : args) {
      if (a != null && !a.startsWith("-")) {
        out.add(a);
      }
    }
    return out;
  }

  private static Optional<String> lastOperand(List<String> args) {
    List<String> ops = operands(args);
    return ops.isEmpty() ? Optional.empty() : Optional.of(ops.get(ops.size() - 1));
  }

  /** The value of {@code -x VALUE}, {@code -xVALUE}, {@code --long VALUE} or {@code --long=VALUE}. */
  static Optional<String> optionValue(List<String> args, String shortName, String longName) {
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a == null) {
        continue;
      }
      if (a.equals(shortName) || a.equals(longName)) {
        return i + 1 < args.size() ? Optional.ofNullable(args.get(i + 1)) : Optional.empty();
      }
      if (longName != null && a.startsWith(longName + "=")) {
        return Optional.of(a.substring(longName.length() + 1));
      }
      if (shortName != null && shortName.length() == 2 && a.startsWith(shortName) && a.length() > 2 && !a.startsWith("--")) {
        return Optional.of(a.substring(2));
      }
    }
    return Optional.empty();
  }
}
