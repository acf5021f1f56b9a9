package dev.dockwright.convert;

import dev.dockwright.generate.DockerfileRenderer;
import dev.dockwright.model.ArgStep;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.Installs;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Scope;
import dev.dockwright.model.ShellStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.StepContext;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.UserStep;
import dev.dockwright.model.WorkdirStep;
import dev.dockwright.model.image.Presence;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The instructions of one build stage, rewritten to run inside the final stage where its
 * {@code COPY --from} was (or at the start of the final stage, when nothing before that COPY
 * depends on it). Each step sees what it saw in its own stage: WORKDIR, USER and SHELL are
 * set for it and restored afterwards; its ENV becomes {@code export} in the RUNs that need it
 * (see {@link EnvPrefix}), so the final image's config does not change. When the stage
 * installed compilers or headers, the RUNs from that install on become one RUN that removes
 * them at its end, so they never reach a layer of the image, as they never reached it before.
 */
final class FoldedBlock {
  /** Commands whose effect outlives them in a shell: separate RUNs kept them apart. */
  private static final Set<String> SHELL_STATE = Set.of("cd", "export", "unset", "set", "exit",
      ".", "source", "umask", "alias", "shopt", "trap", "readonly", "declare", "typeset", "local",
      "eval", "pushd", "popd", "exec", "ulimit");

  private final String fileName;
  private final Edits edits;
  private final List<Stage> chain;
  private final List<Stage> toFold;
  private final StepContext at;
  private final Set<String> finalPackages;
  private final List<String> finish;
  private final List<String> notes;
  private final boolean restoreWorkdir;
  private final StringBuilder out = new StringBuilder();
  private String workdir;
  private Optional<UserSpec> user;
  private List<String> shell;
  private Scope scope;

  FoldedBlock(String fileName, Edits edits, List<Stage> chain, List<Stage> toFold, StepContext at,
      Set<String> finalPackages, List<String> finish, boolean restoreWorkdir, List<String> notes) {
    this.fileName = fileName;
    this.edits = edits;
    this.chain = chain;
    this.toFold = toFold;
    this.at = at;
    this.finalPackages = finalPackages;
    this.finish = finish;
    this.notes = notes;
    this.restoreWorkdir = restoreWorkdir;
    this.workdir = at.workdir();
    this.user = at.user();
    this.shell = at.shell();
    this.scope = at.scope();
  }

  String render() {
    Stage builder = toFold.get(toFold.size() - 1);
    out.append("# Folded in from stage '").append(builder.name().orElse(builder.reference()))
        .append("' by dockwright convert: its ENV only reaches its own RUNs.\n");
    List<Step> steps = new ArrayList<>();
    toFold.forEach(s -> steps.addAll(s.steps()));
    int lastRun = -1;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof RunStep) {
        lastRun = i;
      }
    }
    checkFinish(steps, lastRun);
    Purge purge = purge(steps);
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (purge != null && i == purge.first()) {
        group(steps.subList(purge.first(), lastRun + 1), purge);
        i = lastRun;
        continue;
      }
      emit(s, i == lastRun);
    }
    align(restoreWorkdir ? at : at.withWorkdir(workdir));
    return out.toString();
  }

  // ------------------------------------------------------------------------------ steps

  private void emit(Step s, boolean lastRun) {
    Instruction i = s.instruction();
    if (s instanceof ArgStep a) {
      out.append(edits.blockText(i, true));
      for (ArgStep.Arg arg : a.args()) {
        scope = scope.withArg(arg.name(), arg.value());
      }
    } else if (s instanceof WorkdirStep w) {
      if (!w.resolved().equals(workdir)) {
        out.append(comments(i)).append("WORKDIR ").append(w.resolved()).append('\n');
        workdir = w.resolved();
      }
    } else if (s instanceof UserStep u) {
      noVariables(i);
      align(s.context());
      out.append(edits.blockText(i, true));
      user = Optional.of(u.user());
    } else if (s instanceof ShellStep sh) {
      out.append(edits.blockText(i, true));
      shell = sh.shell();
    } else if (s instanceof CopyStep c) {
      noVariables(i);
      align(s.context());
      out.append(edits.blockText(i, true));
    } else if (s instanceof RunStep r) {
      align(s.context());
      String prefix = envPrefix(r);
      if (prefix.isEmpty() && !(lastRun && !finish.isEmpty())) {
        out.append(edits.blockText(i, true));
      } else {
        List<String> parts = new ArrayList<>();
        if (!prefix.isEmpty()) {
          parts.add(prefix);
        }
        parts.add(shellText(r));
        if (lastRun) {
          parts.addAll(finish);
        }
        out.append(comments(i)).append(flagsPart(List.of(r))).append(String.join(" \\\n && ",
            parts)).append('\n');
      }
    }
    // ENV becomes export in the RUNs that need it; EXPOSE, LABEL, CMD, HEALTHCHECK... of a
    // build stage never reached the image, so they are left out.
  }

  /** The build stage's working directory, user and shell, for a step that runs in it. */
  private void align(StepContext ctx) {
    if (!ctx.workdir().equals(workdir)) {
      out.append("WORKDIR ").append(ctx.workdir()).append('\n');
      workdir = ctx.workdir();
    }
    String want = ctx.user().map(UserSpec::toString).orElse("root");
    String have = user.map(UserSpec::toString).orElse("root");
    if (!want.equals(have)) {
      out.append("USER ").append(want).append('\n');
      user = ctx.user().or(() -> Optional.of(UserSpec.ROOT));
    }
    if (!ctx.shell().equals(shell)) {
      out.append("SHELL ").append(DockerfileRenderer.json(ctx.shell())).append('\n');
      shell = ctx.shell();
    }
  }

  private String envPrefix(RunStep r) {
    return EnvPrefix.between(EnvPrefix.effective(r.context().scope()), EnvPrefix.effective(scope),
        chain, r.range().startOffset(), edits.dockerfile().escapeChar());
  }

  // --------------------------------------------------------------------- build tools, merged

  /**
   * Compilers and headers the build stage installed and the final stage does not: removed at
   * the end of one RUN that installs, uses and removes them.
   *
   * @param first the index of the first RUN installing one
   */
  private record Purge(int first, String manager, List<String> packages) {}

  private Purge purge(List<Step> steps) {
    if (toFold.get(0).facts().compilers() != Presence.ABSENT) {
      return null; // the base has compilers: nothing the builder adds is worth the risk
    }
    Integer first = null;
    String manager = null;
    Set<String> packages = new LinkedHashSet<>();
    Set<String> kept = new LinkedHashSet<>();
    for (int i = 0; i < steps.size(); i++) {
      if (!(steps.get(i) instanceof RunStep run)) {
        continue;
      }
      for (RunKind.SystemInstall install : RunKind.of(run).systemInstalls()) {
        for (PackageSpec p : install.packages()) {
          String name = p.name();
          boolean tool = BuildTools.isBuildTool(name) || BuildTools.isHeaders(name);
          if (p.kind() != PackageSpec.Kind.NAME || finalPackages.contains(name)) {
            continue;
          }
          if (!tool) {
            kept.add(name);
            continue;
          }
          packages.add(name);
          manager = install.manager().equals("apk") ? "apk" : "apt-get";
          if (first == null) {
            first = i;
          }
        }
      }
    }
    if (!kept.isEmpty()) {
      notes.add("packages the build stage installed that are not build tools stay in the image: "
          + String.join(" ", kept));
    }
    return first == null ? null : new Purge(first, manager, List.copyOf(packages));
  }

  private void group(List<Step> steps, Purge purge) {
    List<RunStep> runs = new ArrayList<>();
    for (Step s : steps) {
      if (s instanceof RunStep r) {
        checkMergeable(r, runs.isEmpty() ? r : runs.get(0));
        runs.add(r);
      } else if (s instanceof CopyStep c) {
        checkHoistable(c, runs);
        emit(s, false);
      } else if (s instanceof UserStep || s instanceof ShellStep) {
        throw CannotConvert.at(fileName, s.instruction(), "it changes the user or shell between "
            + "the build-tool install and the last RUN, which must become one RUN to remove "
            + "the tools");
      } else {
        emit(s, false);
      }
    }
    align(new StepContext(scope, workdir, runs.get(0).context().shell(), runs.get(0).context().user()));
    List<String> members = new ArrayList<>();
    for (RunStep r : runs) {
      List<String> prefix = new ArrayList<>();
      if (!r.context().workdir().equals(workdir) && !cwdFree(r)) {
        prefix.add("cd " + r.context().workdir());
      }
      String env = envPrefix(r);
      if (!env.isEmpty()) {
        prefix.add(env);
      }
      String text = shellText(r);
      members.add(prefix.isEmpty() && !keepsShellState(r) ? text
          : "(" + (prefix.isEmpty() ? "" : String.join(" && ", prefix) + "; ") + text + ")");
    }
    members.addAll(finish);
    members.add(purge.manager().equals("apk") ? "apk del " + String.join(" ", purge.packages())
        : "apt-get purge -y --auto-remove " + String.join(" ", purge.packages()));
    StringBuilder comments = new StringBuilder();
    runs.forEach(r -> comments.append(comments(r.instruction())));
    out.append(comments).append("# One RUN installs the build tools, uses them and removes them, "
        + "so no layer keeps them.\n").append(flagsPart(runs))
        .append(String.join(" \\\n && ", members)).append('\n');
    notes.add("build tools of the build stage are removed in the RUN that uses them: "
        + String.join(" ", purge.packages()));
  }

  private void checkMergeable(RunStep r, RunStep first) {
    Instruction i = r.instruction();
    if (!(i.arguments() instanceof Arguments.Shell) || !i.heredocs().isEmpty()
        || r.scripts().isEmpty() || !r.scripts().get(0).isPosix()) {
      throw CannotConvert.at(fileName, i, "only shell-form RUNs can join the one RUN that "
          + "installs, uses and removes the build tools");
    }
    if (!Objects.equals(r.context().user(), first.context().user())
        || !r.context().shell().equals(first.context().shell())
        || !otherFlags(r).equals(otherFlags(first))) {
      throw CannotConvert.at(fileName, i, "its user, shell or RUN options differ from the "
          + "build-tool install's, so they cannot share one RUN");
    }
  }

  /** A COPY moves above the RUNs before it only when those cannot touch what it copies. */
  private void checkHoistable(CopyStep c, List<RunStep> before) {
    for (RunStep r : before) {
      RunKind k = RunKind.of(r);
      boolean venvOnly = !k.venvs().isEmpty() && k.other().isEmpty() && k.pip().isEmpty()
          && k.systemInstalls().isEmpty();
      if (!(k.isSystemOnly() || k.usersOnly() || venvOnly)) {
        throw CannotConvert.at(fileName, c.instruction(), "it must move above RUN (line "
            + r.line() + ") so that one RUN can install, use and remove the build tools, and "
            + "that RUN may change what it copies");
      }
    }
  }

  private static String otherFlags(RunStep r) {
    List<String> out = new ArrayList<>();
    for (Flag f : r.instruction().flags()) {
      if (!f.name().equals("mount")) {
        out.add(f.text());
      }
    }
    return String.join(" ", out);
  }

  /** {@code RUN} with the RUNs' flags (mounts merged), one per line, as init writes them. */
  private String flagsPart(List<RunStep> runs) {
    Set<String> flags = new LinkedHashSet<>();
    for (RunStep r : runs) {
      for (Flag f : r.instruction().flags()) {
        flags.add(f.range().text(edits.source()));
      }
    }
    StringBuilder sb = new StringBuilder("RUN");
    for (String f : flags) {
      sb.append(' ').append(f).append(" \\\n   ");
    }
    return sb.append(' ').toString();
  }

  /** Programs whose outcome does not depend on the working directory given absolute paths. */
  private static final Set<String> PATH_PROGRAMS = Set.of("rm", "venv", "virtualenv", "mkdir",
      "ln", "touch");
  private static final Set<String> CWD_FREE = Set.of("echo", "true", ":", "set", "printf",
      "ldconfig", "update-ca-certificates", "useradd", "groupadd", "adduser", "addgroup");

  /** Whether a RUN does the same in any working directory (package installs, absolute paths). */
  static boolean cwdFree(RunStep r) {
    for (RunStep.Command c : r.commands()) {
      Invocation inv = c.invocation();
      String program = inv.program();
      if (program == null || CWD_FREE.contains(program)) {
        continue;
      }
      var apt = dev.dockwright.shell.commands.AptCommand.match(inv);
      var apk = dev.dockwright.shell.commands.ApkCommand.match(inv);
      if (apt.isPresent() || apk.isPresent()) {
        List<PackageSpec> packages = apt.map(a -> a.packages())
            .orElseGet(() -> apk.get().packages());
        if (packages.stream().allMatch(p -> p.kind() == PackageSpec.Kind.NAME)) {
          continue;
        }
        return false;
      }
      if (!PATH_PROGRAMS.contains(program) || inv.resolved().argValues().stream()
          .anyMatch(a -> a == null || !(a.startsWith("-") || a.startsWith("/")))) {
        return false;
      }
    }
    return true;
  }

  /** Whether a RUN's script changes its shell's state (cd, export, set...), or backgrounds. */
  private static boolean keepsShellState(RunStep r) {
    var script = r.scripts().get(0).script();
    for (Invocation inv : script.simpleCommands()) {
      if (inv.enclosing().isEmpty() && (inv.argv().isEmpty() && !inv.assignments().isEmpty()
          || inv.name() != null && SHELL_STATE.contains(inv.name()) || inv.background())) {
        return true;
      }
    }
    return script.body().items().stream().anyMatch(i -> i.background());
  }

  /** The RUN's shell-form text as written (continuations kept), without a trailing comment. */
  private String shellText(RunStep r) {
    Instruction i = r.instruction();
    if (!(i.arguments() instanceof Arguments.Shell sh) || !i.heredocs().isEmpty()) {
      throw CannotConvert.at(fileName, i, "it needs the build stage's environment set in the "
          + "RUN itself, which only a shell-form RUN without here-documents allows");
    }
    String value = sh.command().value();
    var items = r.scripts().get(0).script().body().items();
    int end = value.length();
    if (!items.isEmpty()) {
      // BuildKit joins continuation lines, so a comment runs to the end of the script: cut it
      // off, or it would swallow what is joined after it.
      int andOrEnd = items.get(items.size() - 1).andOr().span().end();
      int hash = value.indexOf('#', andOrEnd);
      end = hash < 0 ? end : hash;
    }
    int sourceEnd = end < value.length() ? sh.command().subRange(0, end).endOffset()
        : sh.command().range().endOffset();
    return edits.source().substring(sh.command().range().startOffset(), sourceEnd)
        .replace("\r\n", "\n").stripTrailing();
  }

  // ---------------------------------------------------------------------------- finishing

  /**
   * What the COPY --from did beyond placing files (moving them, owning them to a user) is done
   * by commands at the end of the last RUN, so no extra layer holds a second copy.
   */
  private void checkFinish(List<Step> steps, int lastRun) {
    if (finish.isEmpty()) {
      return;
    }
    if (lastRun < 0) {
      throw CannotConvert.file(fileName, "the build stage has no RUN to end with: "
          + finish.get(0));
    }
    for (int i = lastRun + 1; i < steps.size(); i++) {
      if (steps.get(i) instanceof CopyStep c) {
        throw CannotConvert.at(fileName, c.instruction(), "the build stage copies files after "
            + "its last RUN, which must end with: " + finish.get(0));
      }
    }
    RunStep last = (RunStep) steps.get(lastRun);
    if (last.context().user().map(u -> !u.isRoot()).orElse(false)) {
      throw CannotConvert.at(fileName, last.instruction(), "it runs as " + last.context().user()
          .get() + ", who cannot end it with: " + finish.get(0));
    }
  }

  // ------------------------------------------------------------------------------ helpers

  private String comments(Instruction i) {
    String block = edits.blockText(i, true);
    String own = edits.blockText(i, false);
    return block.substring(0, block.length() - own.length());
  }

  private void noVariables(Instruction i) {
    if (i.logicalLine().contains("$")) {
      throw CannotConvert.at(fileName, i, "it uses a variable, which may expand differently in "
          + "the final stage");
    }
  }

  static Set<String> packagesOf(Stage stage) {
    Set<String> out = new LinkedHashSet<>();
    Installs.of(stage).forEach(p -> out.add(p.name()));
    return out;
  }
}
