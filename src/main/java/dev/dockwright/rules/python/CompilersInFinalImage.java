package dev.dockwright.rules.python;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Installs;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.Presence;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.commands.ApkCommand;
import dev.dockwright.shell.commands.AptCommand;
import dev.dockwright.shell.commands.PackageSpec;
import dev.dockwright.shell.commands.YumCommand;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

@RuleSpec(
    code = "DW1003",
    name = "CompilersInFinalImage",
    severity = Severity.WARNING,
    origin = Origin.DOCKWRIGHT,
    summary = "Compilers or development headers are installed in the image that ships and never"
        + " removed.",
    rationale = """
        `build-essential`, `gcc`, `g++`, `python3-dev`, `libpq-dev` and the other `-dev`/`-devel` \
        packages are needed to build wheels from source, not to run them. Left in the final \
        image they add 150-400 MB, widen the attack surface (a compiler is the first thing an \
        intruder wants) and fill vulnerability scans with CVEs in code the service never \
        executes. Build in a builder stage and copy the results (a virtualenv, wheels, \
        `--prefix`), keeping only the runtime libraries (`libpq5`, not `libpq-dev`) in the \
        final stage; in a single-stage build remove them in the same RUN (`apk add --virtual \
        .build-deps ... && apk del .build-deps`, `apt-get purge -y --auto-remove gcc`). Header \
        packages are reported together with a compiler: without one they build nothing, and \
        are usually there for a runtime file (libc-dev's `libc.so` for dlopen). Images that \
        compile at run time are left alone: `CC`/`CXX` set for the service, or an ML stack \
        that JIT-compiles kernels (torch.compile and Triton need a C compiler). Builder \
        stages are not checked: they never ship, and neither are images whose base already \
        ships a compiler (`python:3.12` rather than `-slim`, `buildpack-deps`): there the \
        base is the problem, and removing a few headers would change nothing.""",
    bad = """
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev \\
         && rm -rf /var/lib/apt/lists/*
        COPY requirements.txt .
        RUN pip install --no-cache-dir -r requirements.txt
        """,
    good = """
        FROM python:3.12-slim AS build
        RUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev
        COPY requirements.txt .
        RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt
        FROM python:3.12-slim
        RUN apt-get update && apt-get install -y --no-install-recommends libpq5 \\
         && rm -rf /var/lib/apt/lists/*
        COPY --from=build /wheels /wheels
        RUN pip install --no-cache-dir /wheels/*
        """)
public final class CompilersInFinalImage implements Rule {

  private static final Set<String> TOOLCHAIN = Set.of("build-essential", "build-base", "gcc",
      "g++", "gcc-c++", "clang", "gfortran", "musl-dev", "libc6-dev", "libc-dev",
      "linux-headers", "kernel-headers", "glibc-devel");
  private static final Set<String> COMPILERS = Set.of("build-essential", "build-base", "gcc",
      "g++", "gcc-c++", "clang", "gfortran");
  private static final Pattern VERSIONED = Pattern.compile("(gcc|g\\+\\+|clang)-\\d+(\\.\\d+)*");
  private static final Pattern HEADERS = Pattern.compile("[a-z0-9][a-z0-9.+]*-(dev|devel)");

  @Override
  public void check(RuleContext context) {
    List<Stage> shipped = context.model().shippedStages();
    if (shipped.isEmpty() || baseHasToolchain(shipped.get(0))) {
      return; // a build image by choice of base: removing a few headers would change nothing
    }
    if (compilesAtRunTime(shipped)) {
      return;
    }
    Set<String> removed = removed(shipped);
    boolean multiStage = context.model().isMultiStage();
    // Headers without a compiler build nothing: such -dev packages were installed for their
    // runtime parts (libc-dev's libc.so for dlopen, say), so they are only reported beside one.
    boolean compiler = false;
    for (Stage stage : shipped) {
      for (RunStep run : stage.steps(RunStep.class)) {
        if (!autoRemoves(run)) {
          compiler |= Installs.of(run).stream().anyMatch(p -> isCompiler(p.name())
              && !removed.contains(p.name()));
        }
      }
    }
    for (Stage stage : shipped) {
      for (RunStep run : stage.steps(RunStep.class)) {
        if (autoRemoves(run)) {
          continue;
        }
        Map<RunStep.Command, List<String>> byCommand = new LinkedHashMap<>();
        for (Installs.Installed p : Installs.of(run)) {
          if (isBuildPackage(p.name()) && !removed.contains(p.name())
              && (compiler || isCompiler(p.name()))) {
            byCommand.computeIfAbsent(p.command(), c -> new ArrayList<>()).add(p.name());
          }
        }
        byCommand.forEach((command, names) -> context.report(command.range(),
            String.join(", ", names) + (names.size() == 1 ? " is" : " are") + " installed in the"
            + " image that ships and never removed: compilers and headers are only needed to"
            + " build. " + (multiStage ? "Install them in the builder stage only."
                : "Build in a separate stage, or remove them in the same RUN.")));
      }
    }
  }

  /**
   * The official images' pattern: {@code apt-mark auto '.*'}, then {@code apt-get purge -y
   * --auto-remove} (or {@code autoremove}) later in the same RUN removes everything the RUN
   * installed that nothing needs at run time.
   */
  private static boolean autoRemoves(RunStep run) {
    boolean marked = false;
    for (RunStep.Command c : run.commands()) {
      Invocation inv = c.invocation();
      List<String> args = inv.resolved().argTexts();
      if (inv.is("apt-mark") && args.contains("auto")) {
        marked = true;
      } else if (marked && inv.is("apt-get", "apt") && (args.contains("autoremove")
          || args.contains("--auto-remove") || args.contains("--autoremove"))) {
        return true;
      }
    }
    return false;
  }

  /** ML stacks that compile kernels when they run (Triton, torch.compile, JAX plugins, ...). */
  private static final Pattern JIT_STACKS = Pattern.compile(
      "(?i)\\b(torch|pytorch|triton|vllm|sglang|deepspeed|tensorrt|flashinfer|xformers)\\b");

  /**
   * The image compiles at run time, so its compiler is a runtime dependency: it sets {@code CC}
   * or {@code CXX} for the running service, or ships a stack that JIT-compiles C/C++ (Triton,
   * which torch.compile and vLLM use, needs a C compiler in the container).
   */
  private static boolean compilesAtRunTime(List<Stage> shipped) {
    Stage last = shipped.get(shipped.size() - 1);
    if (last.endContext().scope().env().containsKey("CC")
        || last.endContext().scope().env().containsKey("CXX")) {
      return true;
    }
    for (Stage s : shipped) {
      if (JIT_STACKS.matcher(s.baseText()).find()) {
        return true;
      }
      for (dev.dockwright.model.Step step : s.steps()) {
        if (!(step instanceof dev.dockwright.model.LabelStep)
            && JIT_STACKS.matcher(step.instruction().text()).find()) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code python:3.12} (not slim), {@code buildpack-deps}: compilers come with the base. */
  private static boolean baseHasToolchain(Stage root) {
    return root.facts().compilers() == Presence.PRESENT || root.ownImage()
        .map(i -> i.shortName().equals("buildpack-deps") || i.shortName().equals("gcc"))
        .orElse(false);
  }

  static boolean isCompiler(String name) {
    return COMPILERS.contains(name) || VERSIONED.matcher(name).matches();
  }

  static boolean isBuildPackage(String name) {
    return TOOLCHAIN.contains(name) || VERSIONED.matcher(name).matches()
        || HEADERS.matcher(name).matches() || name.startsWith("linux-headers-");
  }

  /**
   * Packages the image removes again: {@code apt-get purge/remove}, {@code apk del} (of the
   * package or of the {@code --virtual} group it was added in), {@code yum/dnf remove}.
   */
  private static Set<String> removed(List<Stage> shipped) {
    Set<String> out = new HashSet<>();
    Map<String, List<String>> virtuals = new HashMap<>();
    for (Stage stage : shipped) {
      for (RunStep run : stage.steps(RunStep.class)) {
        for (RunStep.Command c : run.commands()) {
          Invocation inv = c.invocation();
          AptCommand.match(inv).filter(a -> a.action().equals("purge") || a.action().equals("remove"))
              .ifPresent(a -> a.packages().forEach(p -> out.add(p.name())));
          ApkCommand.match(inv).ifPresent(a -> {
            if (a.isAdd() && a.virtual().isPresent()) {
              virtuals.computeIfAbsent(a.virtual().get(), v -> new ArrayList<>())
                  .addAll(a.packages().stream().map(PackageSpec::name).toList());
            } else if (a.action().equals("del")) {
              for (PackageSpec p : a.packages()) {
                out.add(p.name());
                out.addAll(virtuals.getOrDefault(p.name(), List.of()));
              }
            }
          });
          YumCommand.match(inv).filter(y -> Set.of("remove", "erase", "autoremove")
              .contains(y.action())).ifPresent(y -> y.args().operands().stream().skip(1)
                  .forEach(w -> out.add(w.unquoted())));
        }
      }
    }
    return out;
  }
}
