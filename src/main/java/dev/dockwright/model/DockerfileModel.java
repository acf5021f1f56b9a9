package dev.dockwright.model;

import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.ParseResult;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Dockerfile builds: its stages in order, the global ARGs, the stage graph ({@code FROM}
 * an earlier stage, {@code COPY --from}, {@code RUN --mount=from=}) and the stage that is built
 * (the last one, or {@code --target}). Rules ask questions of this model, not of raw text.
 *
 * <pre>{@code
 * DockerfileModel model = DockerfileModel.of(parseResult, ModelOptions.defaults());
 * for (Stage stage : model.shippedStages()) {
 *   for (RunStep run : stage.steps(RunStep.class)) {
 *     for (RunStep.Command c : run.commands("apt-get")) { ... }
 *   }
 * }
 * }</pre>
 */
public final class DockerfileModel {

  private final Dockerfile dockerfile;
  private final ModelOptions options;
  private final List<ArgStep> globalArgs;
  private final Scope globalScope;
  private final List<Stage> stages;
  private final Optional<Stage> finalStage;
  private final List<String> problems;
  /** Each stage instruction's step, and the stage of each (FROM included); by identity. */
  private final Map<Instruction, Step> stepOf = new IdentityHashMap<>();
  private final Map<Instruction, Stage> stageOf = new IdentityHashMap<>();

  DockerfileModel(Dockerfile dockerfile, ModelOptions options, List<ArgStep> globalArgs,
      Scope globalScope, List<Stage> stages, Optional<Stage> finalStage, List<String> problems) {
    this.dockerfile = dockerfile;
    this.options = options;
    this.globalArgs = List.copyOf(globalArgs);
    this.globalScope = globalScope;
    this.stages = List.copyOf(stages);
    this.finalStage = finalStage;
    this.problems = List.copyOf(problems);
    for (Stage stage : this.stages) {
      stageOf.put(stage.from(), stage);
      for (Step step : stage.steps()) {
        stepOf.put(step.instruction(), step);
        stageOf.put(step.instruction(), stage);
      }
    }
  }

  public static DockerfileModel of(ParseResult parsed, ModelOptions options) {
    return of(parsed.dockerfile(), options);
  }

  public static DockerfileModel of(Dockerfile dockerfile, ModelOptions options) {
    return new ModelBuilder(dockerfile, options).build();
  }

  public Dockerfile dockerfile() {
    return dockerfile;
  }

  public ModelOptions options() {
    return options;
  }

  /** ARG instructions before the first FROM: usable in FROM lines, and re-declarable in stages. */
  public List<ArgStep> globalArgs() {
    return globalArgs;
  }

  /** The global ARG scope after the last global ARG (what FROM lines expand with). */
  public Scope globalScope() {
    return globalScope;
  }

  public List<Stage> stages() {
    return stages;
  }

  /** The stage that is built: {@code --target}, else the last; empty when there is no FROM. */
  public Optional<Stage> finalStage() {
    return finalStage;
  }

  /** The step an instruction of a stage is; empty before the first FROM, for FROM and triggers. */
  public Optional<Step> step(Instruction in) {
    return Optional.ofNullable(stepOf.get(in));
  }

  /** The stage an instruction (its FROM included) belongs to; empty before the first FROM. */
  public Optional<Stage> stageOf(Instruction in) {
    return Optional.ofNullable(stageOf.get(in));
  }

  /** Problems the model found that the parser could not (e.g. an unknown {@code --target}). */
  public List<String> problems() {
    return problems;
  }

  /**
   * Interprets a RUN instruction that is no step of any stage, as if it ran in {@code context}:
   * an ONBUILD trigger (it runs later, in images built FROM this one; pass the context of the
   * ONBUILD step) or a RUN before the first FROM (BuildKit rejects the file; linters still read
   * it; pass {@link #detachedContext()}). Mounts, shell and scripts are read as for a stage's RUN.
   */
  public RunStep interpretRun(Instruction run, StepContext context) {
    return new ModelBuilder(dockerfile, options).detachedRun(run, context);
  }

  /** The state outside any stage: global ARGs, {@code /}, the default shell, no USER. */
  public StepContext detachedContext() {
    return new StepContext(globalScope, "/", StepContext.DEFAULT_SHELL, Optional.empty());
  }

  /** The stage with this name (case-insensitive, as BuildKit) or index, defined before {@code before}. */
  public Optional<Stage> stage(String reference) {
    String ref = reference.toLowerCase(Locale.ROOT);
    for (Stage s : stages) {
      if (s.name().map(n -> n.toLowerCase(Locale.ROOT).equals(ref)).orElse(false)) {
        return Optional.of(s);
      }
    }
    if (ref.matches("\\d+")) {
      int i = Integer.parseInt(ref);
      if (i < stages.size()) {
        return Optional.of(stages.get(i));
      }
    }
    return Optional.empty();
  }

  /** The stages a stage needs: its parent, COPY --from and RUN --mount from= sources. */
  public Set<Stage> dependencies(Stage stage) {
    Set<Stage> deps = new LinkedHashSet<>();
    stage.parent().ifPresent(deps::add);
    for (CopyStep c : stage.steps(CopyStep.class)) {
      c.fromStage().ifPresent(deps::add);
    }
    for (RunStep r : stage.steps(RunStep.class)) {
      for (Mount m : r.mounts()) {
        m.from().flatMap(this::stage).filter(s -> s.index() < stage.index()).ifPresent(deps::add);
      }
    }
    return deps;
  }

  /** The final stage and every stage it needs, transitively: what a build actually runs. */
  public Set<Stage> reachableStages() {
    Set<Stage> seen = new LinkedHashSet<>();
    Deque<Stage> todo = new ArrayDeque<>();
    finalStage.ifPresent(todo::add);
    while (!todo.isEmpty()) {
      Stage s = todo.pop();
      if (seen.add(s)) {
        todo.addAll(dependencies(s));
      }
    }
    return Collections.unmodifiableSet(seen);
  }

  /**
   * The stages whose instructions end up in the final image: the final stage and the parent
   * stages it is built FROM. Builder stages that are only copied from do not ship; rules about
   * what ships (root user, compilers, caches) look here.
   */
  public List<Stage> shippedStages() {
    Deque<Stage> chain = new ArrayDeque<>();
    Optional<Stage> s = finalStage;
    while (s.isPresent()) {
      chain.addFirst(s.get());
      s = s.get().parent();
    }
    return List.copyOf(chain);
  }

  public boolean isMultiStage() {
    return stages.size() > 1;
  }

  /** Whether the stage's own instructions end up in the final image. */
  public boolean ships(Stage stage) {
    return shippedStages().contains(stage);
  }
}
