package dev.dockwright.model;

import dev.dockwright.model.image.ImageFacts;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Dockerfile;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.KeyValue;
import dev.dockwright.syntax.Token;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Walks the instructions once, the way BuildKit's dispatcher does, and builds the model. */
final class ModelBuilder {

  private final Dockerfile dockerfile;
  private final ModelOptions options;
  private final VariableExpander expander;
  private final Map<String, String> automaticArgs;
  private final List<ArgStep> globalArgs = new ArrayList<>();
  private final List<Stage> stages = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private Scope globalScope = Scope.empty();

  ModelBuilder(Dockerfile dockerfile, ModelOptions options) {
    this.dockerfile = dockerfile;
    this.options = options;
    this.expander = new VariableExpander(dockerfile.escapeChar(), ExpansionOptions.DEFAULT);
    this.automaticArgs = platformArgs(options.platform());
  }

  /** BuildKit defines these for FROM lines, and for stages that declare them without a value. */
  static Map<String, String> platformArgs(String platform) {
    String[] p = platform.split("/");
    String os = p.length > 0 ? p[0] : "linux";
    String arch = p.length > 1 ? p[1] : "amd64";
    String variant = p.length > 2 ? p[2] : "";
    Map<String, String> m = new LinkedHashMap<>();
    for (String prefix : List.of("TARGET", "BUILD")) {
      m.put(prefix + "PLATFORM", platform);
      m.put(prefix + "OS", os);
      m.put(prefix + "ARCH", arch);
      m.put(prefix + "VARIANT", variant);
    }
    return m;
  }

  DockerfileModel build() {
    for (Map.Entry<String, String> e : automaticArgs.entrySet()) {
      globalScope = globalScope.withArg(e.getKey(), Optional.of(e.getValue()));
    }
    Stage current = null;
    StepContext context = null;
    for (Instruction instruction : dockerfile.instructions()) {
      if (instruction.kind() == InstructionKind.FROM) {
        if (current != null) {
          current.end(context);
        }
        current = newStage(instruction);
        stages.add(current);
        context = current.startContext();
        continue;
      }
      if (current == null) {
        if (instruction.kind() == InstructionKind.ARG) {
          StepContext global = new StepContext(globalScope, "/", StepContext.DEFAULT_SHELL, Optional.empty());
          ArgStep step = argStep(instruction, global, true);
          globalArgs.add(step);
          globalScope = scopeAfter(step, globalScope);
        } else {
          problems.add(instruction.startLine() + ": " + instruction.keyword().value()
              + " before the first FROM (only ARG may come before FROM)");
        }
        continue;
      }
      Step step = step(instruction, context, current);
      current.add(step);
      context = after(step, context);
    }
    if (current != null) {
      current.end(context);
    }
    return new DockerfileModel(dockerfile, options, globalArgs, globalScope, stages,
        finalStage(), problems);
  }

  private Optional<Stage> finalStage() {
    if (stages.isEmpty()) {
      return Optional.empty();
    }
    if (options.target().isPresent()) {
      String target = options.target().get().toLowerCase(Locale.ROOT);
      for (Stage s : stages) {
        if (s.name().map(n -> n.toLowerCase(Locale.ROOT).equals(target)).orElse(false)) {
          return Optional.of(s);
        }
      }
      problems.add("target stage \"" + options.target().get() + "\" not found");
      return Optional.empty();
    }
    return Optional.of(stages.get(stages.size() - 1));
  }

  // ---- FROM ----

  private Stage newStage(Instruction from) {
    List<Token> words = from.arguments() instanceof Arguments.Words w ? w.words() : List.of();
    String base = words.isEmpty() ? "" : expand(words.get(0).value(), globalScope);
    Optional<Token> name = words.size() >= 3 && words.get(1).value().equalsIgnoreCase("as")
        ? Optional.of(words.get(2)) : Optional.empty();
    Optional<String> platform = from.flag("platform").flatMap(Flag::value).map(v -> expand(v, globalScope));
    Optional<Stage> parent = findStage(base, stages.size());
    Stage stage;
    if (parent.isPresent()) {
      Stage p = parent.get();
      stage = new Stage(stages.size(), from, name, base, parent, Optional.empty(), p.facts(), platform);
      StepContext end = p.endContext();
      // BuildKit's child stage starts from the parent's build state, whose environment holds the
      // parent's ARG values too (dispatchArg adds them to it), not only its ENV.
      stage.start(new StepContext(end.scope(), end.workdir(), end.shell(), end.user()));
    } else {
      ImageRef ref = ImageRef.parse(base);
      ImageFacts facts = ImageFacts.of(ref);
      stage = new Stage(stages.size(), from, name, base, Optional.empty(), Optional.of(ref), facts, platform);
      stage.start(new StepContext(Scope.ofEnv(facts.env()), "/", StepContext.DEFAULT_SHELL, Optional.empty()));
    }
    return stage;
  }

  /** A stage named (case-insensitively) or numbered {@code ref} among the first {@code before}. */
  private Optional<Stage> findStage(String ref, int before) {
    String r = ref.toLowerCase(Locale.ROOT);
    for (int i = 0; i < Math.min(before, stages.size()); i++) {
      Stage s = stages.get(i);
      if (s.name().map(n -> n.toLowerCase(Locale.ROOT).equals(r)).orElse(false)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  // ---- one instruction ----

  private Step step(Instruction in, StepContext ctx, Stage stage) {
    return switch (in.kind()) {
      case RUN -> RunSteps.of(in, ctx, dockerfile, mounts(in, ctx.scope()));
      case COPY, ADD -> copyStep(in, ctx, stage);
      case ENV -> new EnvStep(in, ctx, variables(in, ctx.scope()));
      case LABEL -> new LabelStep(in, ctx, variables(in, ctx.scope()));
      case ARG -> argStep(in, ctx, false);
      case USER -> new UserStep(in, ctx, UserSpec.parse(expand(text(in), ctx.scope())));
      case WORKDIR -> {
        String path = expand(text(in), ctx.scope());
        yield new WorkdirStep(in, ctx, path, Paths.resolve(ctx.workdir(), path));
      }
      case EXPOSE -> {
        List<PortSpec> ports = new ArrayList<>();
        if (in.arguments() instanceof Arguments.Words w) {
          for (Token t : w.words()) {
            for (String word : expandWords(t.value(), ctx.scope())) {
              ports.add(PortSpec.parse(word, t.range()));
            }
          }
        }
        yield new ExposeStep(in, ctx, ports);
      }
      case HEALTHCHECK -> healthcheck(in, ctx);
      case CMD, ENTRYPOINT -> new CommandStep(in, ctx, RunSteps.commandSpec(in.arguments(), in, ctx, dockerfile));
      case SHELL -> new ShellStep(in, ctx, in.arguments() instanceof Arguments.Exec e
          ? e.elements().stream().map(Token::value).toList() : ctx.shell());
      default -> new OtherStep(in, ctx);
    };
  }

  /** The state after a step: what ENV, ARG, USER, WORKDIR and SHELL change. */
  private StepContext after(Step step, StepContext ctx) {
    if (step instanceof EnvStep env) {
      Scope s = ctx.scope();
      for (Variable v : env.variables()) {
        s = s.withEnv(v.name(), v.value());
      }
      return ctx.withScope(s);
    }
    if (step instanceof ArgStep arg) {
      return ctx.withScope(scopeAfter(arg, ctx.scope()));
    }
    if (step instanceof UserStep user) {
      return ctx.withUser(user.user());
    }
    if (step instanceof WorkdirStep wd) {
      return ctx.withWorkdir(wd.resolved());
    }
    if (step instanceof ShellStep sh) {
      return ctx.withShell(sh.shell());
    }
    return ctx;
  }

  private static Scope scopeAfter(ArgStep step, Scope scope) {
    Scope s = scope;
    for (ArgStep.Arg a : step.args()) {
      s = s.withArg(a.name(), a.value());
    }
    return s;
  }

  private ArgStep argStep(Instruction in, StepContext ctx, boolean global) {
    List<ArgStep.Arg> args = new ArrayList<>();
    Scope scope = ctx.scope();
    if (in.arguments() instanceof Arguments.ArgDeclarations decls) {
      for (ArgDeclaration d : decls.declarations()) {
        String name = d.name().value();
        // Each default sees the names declared before it in the same ARG (ARG A=1 B=$A).
        Scope before = scope;
        Optional<String> def = d.defaultValue().map(t -> expand(t.value(), before));
        Optional<String> value = Optional.ofNullable(options.buildArgs().get(name));
        if (value.isEmpty()) {
          value = def;
        }
        if (value.isEmpty() && !global && globalScope.isArg(name)) {
          value = Optional.ofNullable(globalScope.get(name));
        }
        if (value.isEmpty() && automaticArgs.containsKey(name)) {
          value = Optional.of(automaticArgs.get(name));
        }
        args.add(new ArgStep.Arg(name, def, value, d));
        scope = scope.withArg(name, value);
      }
    }
    return new ArgStep(in, ctx, args);
  }

  private CopyStep copyStep(Instruction in, StepContext ctx, Stage stage) {
    Optional<String> from = in.flag("from").flatMap(Flag::value).map(v -> expand(v, ctx.scope()));
    Optional<Stage> fromStage = from.flatMap(f -> f.matches("\\d+")
        ? (Integer.parseInt(f) < stage.index() ? Optional.of(stages.get(Integer.parseInt(f))) : Optional.empty())
        : findStage(f, stage.index()));
    List<Token> words = in.arguments() instanceof Arguments.Words w ? w.words()
        : in.arguments() instanceof Arguments.Exec e ? e.elements() : List.of();
    List<Token> sourceTokens = words.isEmpty() ? List.of() : words.subList(0, words.size() - 1);
    String dest = words.isEmpty() ? "" : expand(words.get(words.size() - 1).value(), ctx.scope());
    List<String> sources = new ArrayList<>();
    for (Token t : sourceTokens) {
      sources.add(t.value().startsWith("<<") ? t.value() : expand(t.value(), ctx.scope()));
    }
    return new CopyStep(in, ctx, in.kind() == InstructionKind.ADD, from, fromStage, sources,
        sourceTokens, dest, dest.isEmpty() ? ctx.workdir() : Paths.resolve(ctx.workdir(), dest),
        in.heredocs());
  }

  private HealthcheckStep healthcheck(Instruction in, StepContext ctx) {
    Map<String, String> opts = new LinkedHashMap<>();
    for (Flag f : in.flags()) {
      opts.put(f.name(), f.value().orElse(""));
    }
    if (in.arguments() instanceof Arguments.Healthcheck h) {
      boolean none = h.type().value().equalsIgnoreCase("NONE");
      Optional<CommandSpec> cmd = none ? Optional.empty()
          : Optional.of(RunSteps.commandSpec(h.command(), in, ctx, dockerfile));
      return new HealthcheckStep(in, ctx, none, cmd, opts);
    }
    return new HealthcheckStep(in, ctx, false, Optional.empty(), opts);
  }

  private List<Variable> variables(Instruction in, Scope scope) {
    List<Variable> out = new ArrayList<>();
    if (in.arguments() instanceof Arguments.NameValues nv) {
      for (KeyValue kv : nv.pairs()) {
        String key = expand(kv.key().value(), scope);
        String value = expand(kv.value().value(), scope);
        out.add(new Variable(key, value, kv));
      }
    }
    return out;
  }

  /** A RUN that is no step of a stage (see {@link DockerfileModel#interpretRun}). */
  RunStep detachedRun(Instruction run, StepContext context) {
    return RunSteps.of(run, context, dockerfile, mounts(run, context.scope()));
  }

  private List<Mount> mounts(Instruction in, Scope scope) {
    List<Mount> out = new ArrayList<>();
    for (Flag f : in.flags()) {
      if (f.name().equals("mount")) {
        out.add(Mount.parse(expand(f.value().orElse(""), scope), f));
      }
    }
    return out;
  }

  private static String text(Instruction in) {
    return in.arguments() instanceof Arguments.Text t ? t.text().value() : "";
  }

  /** BuildKit's ProcessWord: quotes removed, variables expanded; the raw text when it fails. */
  String expand(String word, Scope scope) {
    Expansion e = expander.expand(word, scope);
    return e.failed() ? word : e.text();
  }

  private List<String> expandWords(String word, Scope scope) {
    Expansion e = expander.expand(word, scope);
    return e.failed() || e.words().isEmpty() ? List.of(word) : e.words();
  }
}
