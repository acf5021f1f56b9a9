package dev.dockwright.generate;

import dev.dockwright.python.Dependencies;
import dev.dockwright.python.PackageManager;
import dev.dockwright.python.Project;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the Dockerfile for a {@link ServicePlan}. The shape is fixed and commented block by
 * block: an optional {@code # syntax=} line, a builder stage that installs the dependencies into
 * {@code /opt/venv} with the project's own tool (before the code is copied, behind BuildKit cache
 * mounts), and a runtime stage on the same base image that copies the virtualenv and the code,
 * drops to a non-root user, exposes the port, checks health with the standard library and starts
 * the server in exec form.
 */
public final class DockerfileRenderer {
  static final String SYNTAX_LINE = "# syntax=docker/dockerfile:1";
  private static final String VENV = "/opt/venv";

  private final ServicePlan plan;
  private final InitOptions options;
  private final StringBuilder out = new StringBuilder();
  private boolean extrasInstalled;
  /** Whether the current stage has copied the code already. */
  private boolean codeCopied;

  private DockerfileRenderer(ServicePlan plan, InitOptions options) {
    this.plan = plan;
    this.options = options;
  }

  public static String render(ServicePlan plan, InitOptions options) {
    return new DockerfileRenderer(plan, options).render();
  }

  private Dependencies deps() {
    return plan.project().dependencies().value();
  }

  private String render() {
    if (!options.airGapped()) {
      line(SYNTAX_LINE);
    }
    header();
    if (plan.multiStage()) {
      blank();
      comment("Build stage: install the dependencies into a virtualenv that the runtime stage "
          + "copies whole, so package managers and build tools never reach the final image.");
      line("FROM " + plan.image() + " AS builder");
      install(true);
      blank();
      comment("Runtime stage: the same base image as the builder, so the virtualenv's Python "
          + "is the same minor; no build tools; a non-root user.");
      line("FROM " + plan.image());
      codeCopied = false;
      runtimeEnv();
      createUser();
      line("COPY --from=builder " + VENV + " " + VENV);
      copyCode();
    } else {
      blank();
      comment("One stage: " + (options.singleStage() ? "the tools that install the "
          + "dependencies stay in the image (--single-stage)."
          : "there is nothing to install, so a builder stage would be empty."));
      line("FROM " + plan.image());
      runtimeEnv();
      createUser();
      if (hasVenv()) {
        install(false);
      } else {
        line("WORKDIR " + plan.appDir());
      }
      copyCode();
    }
    serve();
    return out.toString();
  }

  private void header() {
    Project p = plan.project();
    String what = p.framework().value() == dev.dockwright.python.Framework.CONSOLE_SCRIPT
        ? p.entrypoint().value().describe()
        : p.framework().value().display() + " (" + p.entrypoint().value().describe() + ")";
    comment(p.name() + ": " + what + ", Python " + p.python().value() + " ("
        + p.python().reason() + "). Written by `dockwright init --target " + plan.target().id()
        + "`; edit freely.");
  }

  // ------------------------------------------------------------------------------- install

  /**
   * The dependency install. In the builder the code is copied only when the project itself must
   * be installed; in a single stage it is copied afterwards by {@link #copyCode()}.
   */
  private void install(boolean builder) {
    Dependencies d = deps();
    switch (d.manager()) {
      case UV -> uv(builder);
      case POETRY -> toolThenVenv(ToolVersions.POETRY, "Poetry", Map.of(
          "POETRY_NO_INTERACTION", "1", "POETRY_VIRTUALENVS_CREATE", "false"));
      case PDM -> toolThenVenv(ToolVersions.PDM, "PDM", Map.of());
      case PIPENV -> toolThenVenv(ToolVersions.PIPENV, "Pipenv", Map.of());
      case PIP, HATCH -> toolThenVenv(null, null, Map.of());
      default -> throw new IllegalStateException(d.manager().toString());
    }
    if (d.manager() != PackageManager.UV) {
      line("WORKDIR " + plan.appDir());
      dependencies();
      extras("pip install", "/root/.cache/pip");
      project();
    }
  }

  private void toolThenVenv(String tool, String name, Map<String, String> toolEnv) {
    Map<String, String> pip = new LinkedHashMap<>();
    pip.put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
    pip.put("PIP_ROOT_USER_ACTION", "ignore");
    env(pip);
    if (tool != null) {
      comment(name + " is only needed to read the lock file; it is installed outside the "
          + "virtualenv" + (plan.multiStage() ? " and never reaches the runtime stage." : "."));
      if (!plan.multiStage()) {
        line("# dockwright ignore=DW1005 # kept on purpose: --single-stage");
      }
      run(List.of(pipCache()), "pip install " + tool);
    }
    line("RUN python -m venv " + VENV);
    Map<String, String> e = new LinkedHashMap<>();
    e.put("VIRTUAL_ENV", VENV);
    e.put("PATH", VENV + "/bin:$PATH");
    e.putAll(new java.util.TreeMap<>(toolEnv));
    env(e);
  }

  private void dependencies() {
    Dependencies d = deps();
    if (d.needsSourceForDeps()) {
      comment(d.source() + " needs the whole source to install the dependencies ("
          + (d.manager() == PackageManager.PIP && d.requirementsFile() != null
          ? "it installs the project itself" : "no static dependency list")
          + "), so a code change reinstalls them." + extrasNote());
      copyAll();
      String what = d.requirementsFile() != null ? "-r " + d.requirementsFile() : ".";
      line("# dockwright ignore=DW1006 # the dependencies need the source, as said above");
      run(List.of(pipCache()), withExtras("pip install " + what));
      return;
    }
    switch (d.manager()) {
      case PIP, HATCH -> {
        if (d.requirementsFile() != null) {
          comment("Dependencies before the code: this layer is reused until a requirements "
              + "file changes. The cache mount keeps pip's downloads out of the image."
              + extrasNote());
          copyFiles(d.manifests());
          run(List.of(pipCache()), withExtras("pip install -r " + d.requirementsFile()));
        } else if (!d.pyprojectDependencies().isEmpty() && hasTomllib()) {
          comment("Dependencies before the code, read from pyproject.toml alone: this layer is "
              + "reused until pyproject.toml changes.");
          copyFiles(List.of("pyproject.toml"));
          run(List.of(pipCache()), "python -c \"import tomllib; print('\\n'.join(tomllib.load("
              + "open('pyproject.toml', 'rb'))['project']['dependencies']))\" "
              + "> /tmp/requirements.txt \\\n    && pip install -r /tmp/requirements.txt");
        }
      }
      case POETRY -> {
        comment("Dependencies before the code" + (d.lockFile() != null ? ", from "
            + d.lockFile() : "") + ": this layer is reused until "
            + String.join(" or ", d.manifests()) + " changes.");
        copyFiles(d.manifests());
        run(List.of("type=cache,target=/root/.cache/pypoetry"),
            "poetry install --only main --no-root --no-ansi");
      }
      case PDM -> {
        comment("Dependencies before the code: PDM exports the locked set and pip installs it; "
            + "this layer is reused until " + String.join(" or ", d.manifests()) + " changes.");
        copyFiles(d.manifests());
        run(List.of(pipCache()), "pdm export --prod --output /tmp/requirements.txt \\\n"
            + "    && pip install -r /tmp/requirements.txt");
      }
      case PIPENV -> {
        comment("Dependencies before the code: Pipenv writes the locked set as requirements and "
            + "pip installs it; reused until " + String.join(" or ", d.manifests())
            + " changes.");
        copyFiles(d.manifests());
        String lock = d.lockFile() == null ? "pipenv lock \\\n    && " : "";
        run(List.of(pipCache()), lock + "pipenv requirements > /tmp/requirements.txt \\\n"
            + "    && pip install -r /tmp/requirements.txt");
      }
      default -> throw new IllegalStateException(d.manager().toString());
    }
  }

  /** Whether the dependencies were installed before the code, so the project needs no deps. */
  private boolean depsInstalledFirst() {
    Dependencies d = deps();
    if (d.needsSourceForDeps()) {
      return true;
    }
    return switch (d.manager()) {
      case PIP, HATCH -> d.requirementsFile() != null
          || (!d.pyprojectDependencies().isEmpty() && hasTomllib())
          || d.pyprojectDependencies().isEmpty();
      default -> true;
    };
  }

  private boolean hasTomllib() {
    String minor = plan.project().python().value();
    return Integer.parseInt(minor.substring(minor.indexOf('.') + 1)) >= 11;
  }

  private void project() {
    Dependencies d = deps();
    if (d.needsSourceForDeps()) {
      return; // already installed with the dependencies
    }
    boolean staticDepsSkipped = (d.manager() == PackageManager.PIP
        || d.manager() == PackageManager.HATCH) && d.requirementsFile() == null
        && !d.pyprojectDependencies().isEmpty() && !hasTomllib();
    if (!plan.installProject() && !staticDepsSkipped) {
      return;
    }
    if (staticDepsSkipped) {
      comment("Python " + plan.project().python().value() + " has no tomllib to read the "
          + "dependencies alone, so they install with the project after the code.");
    } else {
      comment("Then the project itself (for its console script), without its dependencies, "
          + "which are already installed.");
    }
    copyAll();
    run(List.of(pipCache()), "pip install " + (depsInstalledFirst() && !staticDepsSkipped
        ? "--no-deps " : "") + ".");
  }

  private void uv(boolean builder) {
    Dependencies d = deps();
    String uvMount = builder ? null : "from=" + ToolVersions.UV_IMAGE + ",source=/uv,target=/bin/uv";
    if (builder) {
      comment("uv comes from its official image, pinned; only the builder has it.");
      line("COPY --from=" + ToolVersions.UV_IMAGE + " /uv /uvx /bin/");
    }
    comment("Compile bytecode at install time (faster start), copy out of the cache mount "
        + "rather than hard-link, use the image's Python (never download one), and build the "
        + "environment in " + VENV + ".");
    Map<String, String> e = new LinkedHashMap<>();
    e.put("UV_COMPILE_BYTECODE", "1");
    e.put("UV_LINK_MODE", "copy");
    e.put("UV_PYTHON_DOWNLOADS", "0");
    e.put("UV_PYTHON", "python" + plan.project().python().value());
    e.put("UV_PROJECT_ENVIRONMENT", VENV);
    e.put("VIRTUAL_ENV", VENV);
    env(e);
    line("WORKDIR " + plan.appDir());
    List<String> mounts = new ArrayList<>();
    if (uvMount != null) {
      mounts.add(uvMount);
    }
    mounts.add("type=cache,target=/root/.cache/uv");
    List<String> first = new ArrayList<>(mounts);
    if (d.lockFile() != null) {
      first.add("type=bind,source=uv.lock,target=uv.lock");
    }
    first.add("type=bind,source=pyproject.toml,target=pyproject.toml");
    String lockFlag = d.lockFile() == null ? "" : d.uvWorkspace() ? "--frozen " : "--locked ";
    comment("Dependencies before the code, straight from " + (d.lockFile() != null
        ? "the lock file" : "pyproject.toml") + ": this layer is reused until "
        + String.join(" or ", d.manifests()) + " changes.");
    run(first, "uv sync " + lockFlag + "--no-install-project"
        + (d.uvWorkspace() ? " --no-install-workspace" : "") + " --no-dev");
    extras("uv pip install", "/root/.cache/uv", mounts);
    if (plan.installProject()) {
      comment("Then the project itself" + (d.uvWorkspace() ? " and its workspace members" : "")
          + ", installed (not linked to the source) so the virtualenv stands alone.");
      copyAll();
      run(mounts, "uv sync " + (d.lockFile() == null ? "" : "--locked ")
          + "--no-dev --no-editable");
    }
  }

  private void extras(String installer, String cache) {
    extras(installer, cache, List.of("type=cache,target=" + cache));
  }

  /** Said where {@link #withExtras} adds the server to the dependencies' install. */
  private String extrasNote() {
    return plan.extraPackages().isEmpty() ? "" : " The server is not among the project's "
        + "dependencies: installed with them, pinned. Better: add it to the project.";
  }

  /**
   * A single-command pip install of the dependencies with the server packages added: one
   * resolution and one layer rather than two consecutive RUNs (hadolint's DL3059).
   */
  private String withExtras(String pipInstall) {
    if (plan.extraPackages().isEmpty()) {
      return pipInstall;
    }
    extrasInstalled = true;
    return pipInstall + " " + String.join(" ", plan.extraPackages());
  }

  private void extras(String installer, String cache, List<String> mounts) {
    if (plan.extraPackages().isEmpty() || extrasInstalled) {
      return;
    }
    comment("The server is not among the project's dependencies: installed here, pinned. "
        + "Better: add it to the project.");
    run(mounts, installer + " " + String.join(" ", plan.extraPackages()));
  }

  // ------------------------------------------------------------------------------- runtime

  /** Whether anything is installed, into a virtualenv. */
  private boolean hasVenv() {
    return plan.multiStage() || !deps().isEmpty() || !plan.extraPackages().isEmpty()
        || plan.installProject();
  }

  private void runtimeEnv() {
    comment("Logs appear at once; no .pyc files are written at run time"
        + (hasVenv() ? "; the virtualenv comes first on PATH." : "."));
    Map<String, String> e = new LinkedHashMap<>();
    e.put("PYTHONUNBUFFERED", "1");
    e.put("PYTHONDONTWRITEBYTECODE", "1");
    if (hasVenv()) {
      e.put("PATH", VENV + "/bin:$PATH");
    }
    env(e);
  }

  private void createUser() {
    ServicePlan.User u = plan.user();
    if (plan.target() == Target.HF_SPACES) {
      comment("Spaces run the container as uid 1000: create that user with a home and an app "
          + "directory it can write to.");
      line("RUN useradd --create-home --uid " + u.uid() + " " + u.name() + " \\\n"
          + "    && mkdir " + plan.appDir() + " && chown " + u.uid() + ":" + u.uid() + " "
          + plan.appDir());
    } else {
      comment("A non-root user with a numeric uid, so runtimes can verify it is not root.");
      line("RUN useradd --create-home --no-log-init --uid " + u.uid()
          + " --shell /usr/sbin/nologin " + u.name());
    }
  }

  private void copyCode() {
    if (plan.multiStage()) {
      line("WORKDIR " + plan.appDir());
    }
    if (!codeCopied) {
      if (plan.target() == Target.HF_SPACES) {
        comment("The code belongs to the Space's user, so the app can write next to it.");
      } else {
        comment("The code, owned by root: the app user can read it but not change it.");
      }
      copyAll();
    }
    if (!plan.workdir().equals(plan.appDir())) {
      line("WORKDIR " + plan.workdir());
    }
    if (plan.collectstatic()) {
      String manageDir = plan.project().django().managePyDir();
      comment("Collect static files into STATIC_ROOT at build time (the settings must import "
          + "without runtime secrets).");
      String cd = manageDir.isEmpty() || plan.workdir().endsWith("/" + manageDir) ? ""
          : "cd " + manageDir + " && ";
      line("RUN " + cd + "python manage.py collectstatic --noinput");
    }
  }

  private void serve() {
    if (plan.target() == Target.HF_SPACES) {
      // Only now: with HOME set earlier, the root RUNs above would write pip's and uv's caches
      // into the user's home in the image instead of the cache mounts at /root/.cache (DW1004).
      line("ENV HOME=" + plan.user().home());
    }
    line("USER " + plan.user().uid());
    if (!plan.env().isEmpty()) {
      env(plan.env());
    }
    if (plan.http()) {
      line("EXPOSE " + plan.port());
      comment("Health: " + describeHealth() + ", with the standard library (no curl in the "
          + "image).");
      line("HEALTHCHECK " + plan.healthTiming() + " \\");
      line("  CMD " + json(plan.healthcheck()));
    } else {
      comment("No server was found in the code: a worker, so no port and no HTTP health check.");
    }
    for (String c : plan.commandNote()) {
      comment(c.substring(0, 1).toUpperCase() + c.substring(1) + ".");
    }
    line("CMD " + json(plan.command()));
  }

  private String describeHealth() {
    var h = plan.health();
    return "GET " + h.path() + (h.strict() ? " must answer below 400"
        : " must answer without a server error");
  }

  // ------------------------------------------------------------------------------- helpers

  private static String pipCache() {
    return "type=cache,target=/root/.cache/pip";
  }

  /** Copies the build context into the working directory (the Space's user owns it there). */
  private void copyAll() {
    boolean runtime = !plan.multiStage() || out.lastIndexOf("COPY --from=builder") >= 0;
    if (plan.target() == Target.HF_SPACES && runtime) {
      line("COPY --chown=" + plan.user().uid() + ":" + plan.user().uid() + " . .");
    } else {
      line("COPY . .");
    }
    codeCopied = true;
  }

  /** COPY files keeping their relative paths; files of one directory share an instruction. */
  private void copyFiles(List<String> files) {
    Map<String, List<String>> byDir = new LinkedHashMap<>();
    for (String f : files) {
      String dir = f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "./";
      byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(f);
    }
    byDir.forEach((dir, fs) -> line("COPY " + String.join(" ", fs) + " " + dir));
  }

  private void run(List<String> mounts, String command) {
    StringBuilder sb = new StringBuilder("RUN");
    for (String m : mounts) {
      sb.append(" --mount=").append(m).append(" \\\n   ");
    }
    sb.append(" ").append(command);
    line(sb.toString());
  }

  private void env(Map<String, String> vars) {
    List<String> parts = new ArrayList<>();
    vars.forEach((k, v) -> parts.add(k + "=" + envValue(v)));
    line("ENV " + String.join(" \\\n    ", parts));
  }

  private static String envValue(String v) {
    if (v.matches("[A-Za-z0-9_./:@%+,-]+")) {
      return v;
    }
    return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** A JSON array of strings, as exec-form instructions take it. */
  public static String json(List<String> argv) {
    List<String> parts = new ArrayList<>();
    for (String a : argv) {
      StringBuilder sb = new StringBuilder("\"");
      for (char c : a.toCharArray()) {
        switch (c) {
          case '"' -> sb.append("\\\"");
          case '\\' -> sb.append("\\\\");
          case '\n' -> sb.append("\\n");
          case '\t' -> sb.append("\\t");
          default -> {
            if (c < 0x20) {
              sb.append(String.format("\\u%04x", (int) c));
            } else {
              sb.append(c);
            }
          }
        }
      }
      parts.add(sb.append('"').toString());
    }
    return "[" + String.join(", ", parts) + "]";
  }

  private void comment(String text) {
    for (String l : wrap(text, 98)) {
      line("# " + l);
    }
  }

  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (String w : text.split(" ")) {
      if (cur.length() > 0 && cur.length() + 1 + w.length() > width) {
        lines.add(cur.toString());
        cur.setLength(0);
      }
      if (cur.length() > 0) {
        cur.append(' ');
      }
      cur.append(w);
    }
    if (cur.length() > 0) {
      lines.add(cur.toString());
    }
    return lines;
  }

  private void blank() {
    out.append('\n');
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
