package dev.dockwright.convert;

import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.model.Paths;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.CommandStep;
import dev.dockwright.model.ExposeStep;
import dev.dockwright.model.LabelStep;
import dev.dockwright.model.OtherStep;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.PipCommand;
import dev.dockwright.shell.commands.PipRequirement;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.Range;
import dev.dockwright.syntax.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a single-stage Python Dockerfile into a builder and a slim runtime, the shape init
 * writes. The builder starts from the same image and repeats everything the pip installs
 * depended on (system packages, environment, working directory, the files copied before them),
 * with the installs going into a virtualenv ({@code /opt/venv}, or the one the file already
 * makes). The runtime is the original stage, edited in place: on the slim image of the same
 * Python minor, without the pip installs (the virtualenv is copied from the builder where the
 * last one was) and without compilers in its system packages. Comments go where their
 * instructions go. A non-root user is added afterwards ({@link UserSetup}).
 */
final class StageSplitter {
  private static final String VENV = "/opt/venv";
  /** Programs the full python images have and the slim ones lack. */
  private static final Set<String> NOT_IN_SLIM = Set.of("curl", "wget", "git", "gcc", "cc", "g++",
      "make", "ssh");
  private static final Pattern PYTHON_TAG =
      Pattern.compile("^(\\d+\\.\\d+(?:\\.\\d+)?(?:(?:a|b|rc)\\d+)?)(?:-(.+))?$");

  private final String fileName;
  private final Edits edits;
  private final Stage stage;
  private final List<String> notes;
  private final List<RunKind> kinds = new ArrayList<>();

  private StageSplitter(String fileName, Edits edits, Stage stage, List<String> notes) {
    this.fileName = fileName;
    this.edits = edits;
    this.stage = stage;
    this.notes = notes;
  }

  static String split(String fileName, Edits edits, DockerfileModel model, List<String> notes) {
    return new StageSplitter(fileName, edits, model.stages().get(0), notes).split();
  }

  private String split() {
    List<Step> steps = stage.steps();
    List<RunStep> pipRuns = new ArrayList<>();
    for (RunStep run : stage.steps(RunStep.class)) {
      RunKind kind = check(run);
      kinds.add(kind);
      if (kind.isPip()) {
        pipRuns.add(run);
      }
    }
    if (pipRuns.isEmpty()) {
      throw CannotConvert.file(fileName, "nothing to split: no RUN installs Python packages with "
          + "pip, so a builder stage would have nothing to build");
    }
    RunStep firstPip = pipRuns.get(0);
    RunStep lastPip = pipRuns.get(pipRuns.size() - 1);
    betweenInstalls(firstPip, lastPip);
    Optional<String> existingVenv = existingVenv(lastPip);
    String venv = existingVenv.orElse(VENV);
    checkPipTargets(pipRuns, existingVenv);
    if (existingVenv.isEmpty()) {
      checkAbsolutePython();
    }

    String builderName = stage.name().map(n -> n.equalsIgnoreCase("builder") ? "build" : "builder")
        .orElse("builder");
    StringBuilder builder = new StringBuilder();
    builder.append(comment("Build stage (split by dockwright convert): system packages, build "
        + "tools and the pip installs happen here; the runtime stage copies only " + venv + "."));
    builder.append(fromLine(stage.from(), stage.from().arguments())).append(" AS ")
        .append(builderName).append('\n');
    boolean venvWritten = existingVenv.isPresent();
    boolean userRuns = steps.stream().anyMatch(s -> s instanceof dev.dockwright.model.UserStep u
        && !u.user().isRoot() && s.line() < lastPip.line());
    for (Step s : steps) {
      if (s.line() > lastPip.line()) {
        break;
      }
      if (!venvWritten && (s == firstPip || s instanceof CopyStep c && c.fromContext())) {
        builder.append("RUN python -m venv ").append(VENV).append('\n')
            .append("ENV VIRTUAL_ENV=").append(VENV).append(" \\\n    PATH=\"").append(VENV)
            .append("/bin:$PATH\"\n");
        venvWritten = true;
      }
      if (inBuilder(s, userRuns)) {
        // A commented block gets a blank line before it, as in the original.
        boolean commented = !s.instruction().commentsAbove().isEmpty();
        builder.append(commented && !builder.toString().endsWith(" AS " + builderName + "\n")
            ? "\n" : "").append(edits.blockText(s.instruction(), true));
      }
    }
    builder.append('\n');
    removeInitComment();
    edits.insertDirectlyBefore(stage.from(), builder.toString() + comment("Runtime stage: the "
        + "virtualenv from the builder on the same Python minor, without the build tools."));
    slimBase();

    for (RunKind kind : kinds) {
      RunStep run = kind.run();
      if (run == lastPip) {
        edits.deleteInstruction(run.instruction(), true);
        edits.insert(edits.blockStart(run.instruction()),
            comment("The virtualenv the builder filled: the dependencies without the tools "
                + "that built them.")
                + "COPY --from=" + builderName + " " + venv + " " + venv + "\n"
                + (existingVenv.isEmpty() ? "ENV PATH=\"" + VENV + "/bin:$PATH\"\n" : ""));
      } else if (kind.isPip() || !kind.venvs().isEmpty() && kind.other().isEmpty()
          && kind.systemInstalls().isEmpty()) {
        edits.deleteInstruction(run.instruction(), true);
      } else if (!kind.systemInstalls().isEmpty()) {
        dropBuildTools(kind);
      }
    }
    notes.add("builder stage '" + builderName + "' installs into " + venv
        + "; the runtime copies it from there");
    return edits.apply();
  }

  // ------------------------------------------------------------------------------- checks

  private RunKind check(RunStep run) {
    if (run.scripts().isEmpty() && run.command() instanceof CommandSpec.Exec e
        && e.values().stream().anyMatch(v -> v.equals("install"))) {
      throw CannotConvert.at(fileName, run.instruction(), "an exec-form install is not split; "
          + "write it in shell form");
    }
    RunKind kind = RunKind.of(run);
    Optional<Invocation> other = kind.otherInstaller();
    if (other.isPresent()) {
      throw CannotConvert.at(fileName, run.instruction(), other.get().program() + " installs are "
          + "not split yet (pip is); write the builder by hand or use 'dockwright init'");
    }
    // Python run beside pip prepares the install (init reads pyproject.toml with tomllib).
    List<Invocation> others = kind.other().stream().filter(i -> !i.program().equals("python"))
        .toList();
    if (kind.isPip() && (!others.isEmpty() || !kind.systemInstalls().isEmpty())) {
      String what = !others.isEmpty() ? others.get(0).program()
          : kind.systemInstalls().get(0).manager();
      throw CannotConvert.at(fileName, run.instruction(), "pip shares this RUN with " + what
          + ", which belongs in the runtime: give the pip install a RUN of its own");
    }
    for (PipCommand pip : kind.pip()) {
      for (String flag : List.of("user", "target", "prefix", "root")) {
        if (pip.args().has(flag)) {
          throw CannotConvert.at(fileName, run.instruction(), "pip install --" + flag
              + " puts packages outside a virtualenv the runtime could copy");
        }
      }
    }
    if (kind.isPip() && run.context().user().map(u -> !u.isRoot()).orElse(false)) {
      throw CannotConvert.at(fileName, run.instruction(), "pip runs as user "
          + run.context().user().get() + " here; the builder installs as root into a virtualenv");
    }
    return kind;
  }

  /** A RUN between two pip installs may use what the first installed: it cannot stay behind. */
  private void betweenInstalls(RunStep first, RunStep last) {
    for (RunKind k : kinds) {
      int line = k.run().line();
      if (line > first.line() && line < last.line() && !k.isPip() && !k.isSystemOnly()
          && !k.usersOnly()) {
        throw CannotConvert.at(fileName, k.run().instruction(), "this RUN sits between pip "
            + "installs and may use what the first one installed; move it after the last one "
            + "(line " + last.line() + ")");
      }
    }
  }

  /** The virtualenv the file makes itself ({@code python -m venv /venv}), if it makes one. */
  private Optional<String> existingVenv(RunStep lastPip) {
    for (RunKind k : kinds) {
      if (k.run().line() > lastPip.line()) {
        break;
      }
      for (Invocation v : k.venvs()) {
        List<String> ops = v.resolved().argValues().stream()
            .filter(a -> a != null && !a.startsWith("-")).toList();
        if (!ops.isEmpty()) {
          return Optional.of(Paths.resolve(k.run().context().workdir(), ops.get(0)));
        }
      }
    }
    return Optional.empty();
  }

  /** Every pip install must land in the virtualenv the runtime gets. */
  private void checkPipTargets(List<RunStep> pipRuns, Optional<String> venv) {
    for (RunStep run : pipRuns) {
      RunKind kind = kinds.stream().filter(k -> k.run() == run).findFirst().orElseThrow();
      for (PipCommand pip : kind.pip()) {
        String program = pip.invocation().name() == null ? "" : pip.invocation().resolved()
            .nameWord().unquoted();
        if (venv.isEmpty()) {
          if (program.startsWith("/")) {
            throw CannotConvert.at(fileName, run.instruction(), program + " is called by its path,"
                + " so it would not install into the builder's virtualenv");
          }
          continue;
        }
        String path = Optional.ofNullable(run.context().scope().get("PATH")).orElse("");
        boolean inVenv = path.startsWith(venv.get() + "/bin:") || path.equals(venv.get() + "/bin")
            || program.startsWith(venv.get() + "/");
        boolean onlyTools = pip.requirements().stream().map(PipRequirement::name)
            .allMatch(n -> Set.of("pip", "setuptools", "wheel").contains(n));
        if (!inVenv && !onlyTools) {
          throw CannotConvert.at(fileName, run.instruction(), "this pip installs outside the "
              + "virtualenv " + venv.get() + " (not first on PATH here), which is all the runtime "
              + "would get");
        }
      }
    }
  }

  /** {@code /usr/local/bin/python} would not see the virtualenv's packages. */
  private void checkAbsolutePython() {
    for (Step s : stage.steps()) {
      Optional<CommandSpec> spec = s instanceof CommandStep c ? Optional.of(c.command())
          : s instanceof HealthcheckStep h ? h.command() : Optional.empty();
      List<String> words = spec.map(CommandSpec::processArgs).orElse(List.of());
      for (String w : words) {
        if (w.matches("(?s).*(^|[\\s\"'])/usr/(local/)?bin/(python|pip)[\\d.]*\\b.*")) {
          throw CannotConvert.at(fileName, s.instruction(), "it runs the image's Python by its "
              + "path, which would not see the packages in the builder's virtualenv");
        }
      }
    }
  }

  // ----------------------------------------------------------------------------- builder

  /** Whether a step before the last pip install is repeated in the builder. */
  private boolean inBuilder(Step s, boolean userRuns) {
    if (s instanceof ExposeStep || s instanceof LabelStep || s instanceof HealthcheckStep
        || s instanceof CommandStep || s instanceof OtherStep) {
      return false; // image settings: they only matter in the runtime
    }
    if (s instanceof RunStep run) {
      RunKind kind = kinds.stream().filter(k -> k.run() == run).findFirst().orElseThrow();
      return !(kind.usersOnly() && !userRuns);
    }
    return true;
  }

  /** {@code FROM [--platform=...] image} as written, without {@code AS name}. */
  private String fromLine(Instruction from, Arguments args) {
    Token image = ((Arguments.Words) args).words().get(0);
    return edits.source().substring(from.range().startOffset(), image.range().endOffset())
        .replace("\r\n", "\n");
  }

  private static String comment(String text) {
    StringBuilder sb = new StringBuilder();
    for (String l : dev.dockwright.generate.DockerfileRenderer.wrap(text, 98)) {
      sb.append("# ").append(l).append('\n');
    }
    return sb.toString();
  }

  /** init's single-stage explanation is wrong once there are two stages. */
  private void removeInitComment() {
    var above = stage.from().commentsAbove();
    if (!above.isEmpty() && above.get(0).content().startsWith("One stage:")) {
      edits.delete(above.get(0).span().startOffset(), above.get(above.size() - 1).span().endOffset());
    }
  }

  // ----------------------------------------------------------------------------- runtime

  /** The runtime on the slim image of the same Python minor, unless it needs the full one. */
  private void slimBase() {
    Token image = ((Arguments.Words) stage.from().arguments()).words().get(0);
    String raw = image.value();
    int colon = raw.lastIndexOf(':');
    if (raw.contains("$") || raw.contains("@") || colon < 0 || stage.ownImage().isEmpty()
        || !stage.ownImage().get().canonicalRepository().equals("python")) {
      return;
    }
    Matcher m = PYTHON_TAG.matcher(raw.substring(colon + 1));
    if (!m.matches()) {
      return;
    }
    String variant = m.group(2) == null ? "" : m.group(2);
    if (variant.contains("slim") || variant.contains("alpine") || variant.contains("windows")
        || variant.contains("nanoserver")) {
      return;
    }
    Optional<String> needs = fullImageTool();
    if (needs.isPresent()) {
      notes.add("the runtime stays on " + raw + ": it runs " + needs.get() + ", which the -slim "
          + "image lacks");
      return;
    }
    String slim = m.group(1) + "-slim" + (variant.isEmpty() ? "" : "-" + variant);
    edits.replace(image.range(), raw.substring(0, colon + 1) + slim);
    notes.add("the runtime is based on " + raw.substring(0, colon + 1) + slim
        + " (same Python minor, no compilers)");
  }

  /** A program of the full image that the runtime calls and does not install itself. */
  private Optional<String> fullImageTool() {
    Set<String> installed = new LinkedHashSet<>();
    Set<String> used = new LinkedHashSet<>();
    for (RunKind k : kinds) {
      if (k.isPip()) {
        continue;
      }
      k.systemPackages().stream().map(PackageSpec::name)
          .filter(n -> !BuildTools.isBuildTool(n)).forEach(installed::add);
      k.other().forEach(i -> used.add(i.program()));
    }
    for (Step s : stage.steps()) {
      Optional<CommandSpec> spec = s instanceof CommandStep c ? Optional.of(c.command())
          : s instanceof HealthcheckStep h ? h.command() : Optional.empty();
      spec.ifPresent(c -> {
        if (c instanceof CommandSpec.Exec e && !e.values().isEmpty()) {
          String p = e.values().get(0);
          used.add(p.substring(p.lastIndexOf('/') + 1));
        } else if (c instanceof CommandSpec.Shell sh) {
          sh.source().script().simpleCommands().forEach(i -> used.add(i.program()));
        }
      });
    }
    return used.stream().filter(p -> p != null && NOT_IN_SLIM.contains(p) && !installed.contains(p))
        .findFirst();
  }

  /**
   * Compilers and build systems leave the runtime's package installs (the builder keeps the
   * whole RUN); a RUN that installed nothing else goes. Header packages stay: they bring the
   * shared libraries compiled wheels load.
   */
  private void dropBuildTools(RunKind kind) {
    List<PackageSpec> all = kind.systemPackages();
    List<PackageSpec> tools = all.stream().filter(p -> BuildTools.isBuildTool(p.name())).toList();
    if (tools.isEmpty()) {
      return;
    }
    if (tools.size() == all.size() && kind.isSystemOnly()) {
      edits.deleteInstruction(kind.run().instruction(), true);
      notes.add("line " + kind.run().line() + " installed only build tools: it is in the builder "
          + "alone now");
      return;
    }
    for (RunKind.SystemInstall install : kind.systemInstalls()) {
      List<Word> argv = install.invocation().argv();
      for (PackageSpec p : install.packages()) {
        if (!tools.contains(p)) {
          continue;
        }
        int i = argv.indexOf(p.word());
        RunStep.Command where = kind.run().commands().stream()
            .filter(c -> c.invocation() == install.invocation()).findFirst().orElseThrow();
        Range word = where.source().range(p.word().span());
        Range previous = where.source().range(argv.get(i - 1).span());
        edits.delete(previous.endOffset(), word.endOffset());
      }
    }
    notes.add("build tools left the runtime's packages (line " + kind.run().line() + "): "
        + String.join(" ", tools.stream().map(PackageSpec::name).toList()));
    if (all.stream().anyMatch(p -> BuildTools.isHeaders(p.name()))) {
      notes.add("header packages stay in the runtime (they bring the shared libraries compiled "
          + "wheels need); install the library alone (e.g. libpq5 for libpq-dev) to slim it");
    }
  }
}
