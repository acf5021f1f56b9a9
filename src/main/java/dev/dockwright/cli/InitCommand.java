package dev.dockwright.cli;

import dev.dockwright.generate.GeneratedFile;
import dev.dockwright.generate.Generation;
import dev.dockwright.generate.Generator;
import dev.dockwright.generate.InitOptions;
import dev.dockwright.generate.OutputWriter;
import dev.dockwright.generate.ServicePlan;
import dev.dockwright.generate.Target;
import dev.dockwright.io.UserException;
import dev.dockwright.python.Framework;
import dev.dockwright.python.Overrides;
import dev.dockwright.python.PackageManager;
import dev.dockwright.python.Project;
import dev.dockwright.python.ProjectDetector;
import dev.dockwright.python.ServiceLayout;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code dockwright init}: detect a Python project and write its container files. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
        "Detect a Python project (package manager, Python version, framework, entry point, port, "
            + "health endpoint) and write a production Dockerfile, .dockerignore and compose.yaml.",
        "Prints what it detected and from which file. Never replaces a file unless --force."},
    sortOptions = false)
public final class InitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
      description = "The project (or repository) directory (default: the current one).")
  Path dir = Path.of(".");

  @Option(names = "--target", paramLabel = "TARGET",
      description = "generic (default), hf-spaces, cloud-run or port-8080.")
  String target = "generic";

  @Option(names = "--single-stage", description = "One stage instead of builder + runtime.")
  boolean singleStage;

  @Option(names = "--air-gapped",
      description = "Leave out the '# syntax=' line (for builders that cannot pull the "
          + "Dockerfile frontend image).")
  boolean airGapped;

  @Option(names = "--services", arity = "1..*", paramLabel = "SUBDIR",
      description = "Service directories (relative to DIR): one Dockerfile each and one "
          + "compose.yaml. Found automatically when DIR holds several services.")
  List<Path> services = new ArrayList<>();

  @Option(names = "--scripts",
      description = "Also write build-images.sh and run-stack.sh.")
  boolean scripts;

  @Option(names = "--force", description = "Replace existing files.")
  boolean force;

  @Option(names = "--dry-run", description = "Show the changes as a unified diff; write nothing.")
  boolean dryRun;

  @Option(names = "--stdout",
      description = "Print the Dockerfile(s) instead of writing (the report goes to stderr).")
  boolean stdout;

  @Option(names = "--interactive", description = "Confirm or change each detected answer.")
  boolean interactive;

  @Option(names = "--python", paramLabel = "X.Y", description = "Python minor (e.g. 3.12).")
  String python;

  @Option(names = "--framework", paramLabel = "NAME",
      description = "fastapi, starlette, flask, django, streamlit, gradio, mcp, fastmcp, "
          + "console-script or plain.")
  String framework;

  @Option(names = "--app", paramLabel = "REF",
      description = "What to start: module:attr, a .py file, file.py:obj (FastMCP) or a "
          + "console script name.")
  String app;

  @Option(names = "--port", paramLabel = "N", description = "The port the service listens on.")
  Integer port;

  @Option(names = "--health", paramLabel = "PATH", description = "The health endpoint path.")
  String health;

  @Option(names = "--package-manager", paramLabel = "PM",
      description = "pip, uv, poetry, pdm, hatch or pipenv.")
  String packageManager;

  @Option(names = "--base-image", paramLabel = "IMAGE",
      description = "Base image for both stages instead of python:X.Y-slim.")
  String baseImage;

  private BufferedReader input;

  /** Interactive answers come from here (standard input unless a test sets it). */
  void setInput(BufferedReader in) {
    this.input = in;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter report = stdout ? err : out;
    checkFlags();
    InitOptions options = new InitOptions(Target.fromId(target), singleStage, airGapped,
        baseImage, scripts);
    Overrides overrides = overrides();
    if (!Files.isDirectory(dir)) {
      throw new UserException(dir + ": not a directory");
    }
    Path root = dir.toAbsolutePath().normalize();
    List<Path> serviceDirs = serviceDirs(root);

    Generation gen;
    if (serviceDirs.isEmpty()) {
      Project p = detect(root, overrides, report, err);
      gen = Generator.single(p, options);
    } else {
      if (!overrides.isEmpty()) {
        throw new UserException("--python/--framework/--app/--port/--health/--package-manager "
            + "apply to one project; run init in each service directory to set them");
      }
      List<Project> projects = new ArrayList<>();
      for (Path d : serviceDirs) {
        projects.add(detect(d, Overrides.NONE, report, err));
      }
      gen = Generator.services(root, projects, options);
    }
    for (ServicePlan plan : gen.plans()) {
      report.println("  " + (gen.plans().size() > 1 ? plan.name() + ": " : "") + "target "
          + plan.target().id() + ": port " + plan.port() + ", user " + plan.user().uid()
          + ", " + (plan.multiStage() ? "builder + runtime" : "one stage") + ", "
          + plan.image());
      report.println("    CMD " + String.join(" ", plan.command()));
    }
    for (String n : gen.notes()) {
      report.println("note: " + n.replace("\n", "\n      "));
    }
    OutputWriter.Mode mode = stdout ? OutputWriter.Mode.STDOUT
        : dryRun ? OutputWriter.Mode.DRY_RUN : OutputWriter.Mode.WRITE;
    List<GeneratedFile> files = stdout ? gen.files().stream()
        .filter(f -> f.path().endsWith("Dockerfile")).toList() : gen.files();
    List<OutputWriter.Outcome> outcomes = OutputWriter.apply(root, files, mode, force, out);
    if (!stdout) {
      for (OutputWriter.Outcome o : outcomes) {
        report.println(o.status() + " " + o.path());
      }
    }
    report.flush();
    return ExitCode.OK;
  }

  private void checkFlags() {
    if (stdout && dryRun) {
      throw new UserException("--stdout and --dry-run conflict: choose one");
    }
    if (stdout && interactive) {
      throw new UserException("--stdout and --interactive conflict: the answers would mix "
          + "with the Dockerfile");
    }
    Target t;
    try {
      t = Target.fromId(target);
    } catch (IllegalArgumentException e) {
      throw new UserException("--target: " + e.getMessage());
    }
    if (port != null) {
      PortFlag.check(port, t);
    }
    if (t == Target.PORT_8080 && health != null && !health.equals("/health")) {
      throw new UserException("--health " + health + " conflicts with --target port-8080 "
          + "(its contract is GET /health)");
    }
    if (health != null && !health.startsWith("/")) {
      throw new UserException("--health " + health + ": a path must start with '/'");
    }
    if (!services.isEmpty() && (app != null || framework != null)) {
      throw new UserException("--services conflicts with --app/--framework, which name one "
          + "project's entry point");
    }
  }

  private Overrides overrides() {
    try {
      return new Overrides(python,
          framework == null ? null : Framework.fromId(framework), app, port, health,
          packageManager == null ? null : PackageManager.fromId(packageManager));
    } catch (IllegalArgumentException e) {
      throw new UserException(e.getMessage());
    }
  }

  private List<Path> serviceDirs(Path root) {
    if (services.isEmpty()) {
      return ServiceLayout.find(root);
    }
    List<Path> out = new ArrayList<>();
    for (Path s : services) {
      Path d = root.resolve(s).toAbsolutePath().normalize();
      if (!d.startsWith(root)) {
        throw new UserException("--services " + s + ": outside " + dir + " (compose build "
            + "contexts must be inside it)");
      }
      if (!Files.isDirectory(d)) {
        throw new UserException("--services " + s + ": not a directory");
      }
      out.add(d);
    }
    return out;
  }

  private Project detect(Path d, Overrides flags, PrintWriter report, PrintWriter err) {
    Project p = ProjectDetector.detect(d, flags);
    if (interactive) {
      p = new InitPrompts(reader(), err).confirm(d, p, flags);
    }
    DetectionReport.print(p, report);
    return p;
  }

  private BufferedReader reader() {
    if (input == null) {
      input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
    return input;
  }
}
