package dev.dockwright.rules.buildkit;

import dev.dockwright.model.ArgStep;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ExposeStep;
import dev.dockwright.model.PortSpec;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ReferenceGrammar;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import dev.dockwright.syntax.expand.Env;
import dev.dockwright.syntax.expand.Expansion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The errors BuildKit's check request fails with on a Dockerfile that parses: unknown
 * instructions and flags, wrong argument counts, instructions before the first FROM, FROM lines
 * whose image or platform does not work out, {@code COPY --from} with a variable, invalid EXPOSE
 * entries. Messages are BuildKit's. Errors that need the base image or the build context (a
 * missing file) are out of reach and not reported.
 */
final class BuildErrors {

  /** An error, the phase it stops BuildKit in, and the line of the instruction it is about. */
  record BuildError(Phase phase, int line, String message) {}

  private static final Pattern STAGE_NAME = Pattern.compile("^[a-z][a-z0-9-_.]*$");
  private static final List<String> INSTRUCTIONS = List.of("ADD", "ARG", "CMD", "COPY",
      "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN",
      "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR");

  /** A flag an instruction accepts, and how BuildKit reads its value. */
  private enum FlagType { BOOL, STRING, STRINGS }

  private static final Map<InstructionKind, Map<String, FlagType>> FLAGS = Map.ofEntries(
      Map.entry(InstructionKind.ADD, ordered("chown", FlagType.STRING, "chmod", FlagType.STRING,
          "link", FlagType.BOOL, "keep-git-dir", FlagType.BOOL, "checksum", FlagType.STRING,
          "unpack", FlagType.BOOL, "exclude", FlagType.STRINGS)),
      Map.entry(InstructionKind.COPY, ordered("chown", FlagType.STRING, "from", FlagType.STRING,
          "chmod", FlagType.STRING, "link", FlagType.BOOL, "exclude", FlagType.STRINGS,
          "parents", FlagType.BOOL)),
      Map.entry(InstructionKind.FROM, ordered("platform", FlagType.STRING)),
      Map.entry(InstructionKind.RUN, ordered("mount", FlagType.STRINGS, "network",
          FlagType.STRING, "security", FlagType.STRING, "device", FlagType.STRINGS)),
      Map.entry(InstructionKind.HEALTHCHECK, ordered("interval", FlagType.STRING, "timeout",
          FlagType.STRING, "start-period", FlagType.STRING, "start-interval", FlagType.STRING,
          "retries", FlagType.STRING)));

  /** Instructions whose flags BuildKit never parses (so any flag is accepted). */
  private static final Set<InstructionKind> FLAGS_IGNORED =
      Set.of(InstructionKind.ARG, InstructionKind.STOPSIGNAL, InstructionKind.UNKNOWN);

  private final DockerfileModel model;

  private BuildErrors(DockerfileModel model) {
    this.model = model;
  }

  /** The first error BuildKit would stop at, in BuildKit's order of work. */
  static Optional<BuildError> first(DockerfileModel model) {
    BuildErrors b = new BuildErrors(model);
    Optional<BuildError> error = b.instructions();
    if (error.isEmpty() && model.stages().isEmpty()) {
      error = Optional.of(new BuildError(Phase.VALIDATE, 0,
          "dockerfile contains no stages to build"));
    }
    if (error.isEmpty()) {
      GlobalArgs.Evaluation meta = GlobalArgs.evaluate(model, true);
      if (meta.error().isPresent()) {
        error = Optional.of(new BuildError(Phase.META_ARGS,
            meta.failedAt().map(ArgStep::line).orElse(0), meta.error().get()));
      }
    }
    if (error.isEmpty()) {
      error = b.stages();
    }
    if (error.isEmpty()) {
      error = b.graph();
    }
    if (error.isEmpty()) {
      error = b.baseImages();
    }
    if (error.isEmpty()) {
      error = b.dispatch();
    }
    return error;
  }

  // ---- instructions.Parse ----

  private Optional<BuildError> instructions() {
    boolean staged = false;
    for (Instruction in : model.dockerfile().instructions()) {
      Optional<String> problem = instructionProblem(in);
      if (problem.isPresent()) {
        return Optional.of(new BuildError(Phase.INSTRUCTIONS, in.startLine(),
            "dockerfile parse error on line " + in.startLine() + ": " + problem.get()));
      }
      if (in.kind() == InstructionKind.FROM) {
        staged = true;
      } else if (!staged && in.kind() != InstructionKind.ARG) {
        return Optional.of(new BuildError(Phase.INSTRUCTIONS, in.startLine(),
            "no build stage in current context"));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> instructionProblem(Instruction in) {
    String keyword = in.keyword().value();
    Arguments args = in.arguments();
    int count = argumentCount(args);
    switch (in.kind()) {
      case UNKNOWN -> {
        return Optional.of("unknown instruction: " + keyword + Suggest.search(keyword,
            INSTRUCTIONS, false).map(s -> " (did you mean " + s + "?)").orElse(""));
      }
      case FROM -> {
        List<Token> words = FromLine.words(in);
        if (words.size() == 3 && words.get(1).value().equalsIgnoreCase("as")) {
          String name = Go.toLower(words.get(2).value());
          if (!STAGE_NAME.matcher(name).matches()) {
            return Optional.of("invalid name for build stage: " + Go.quote(words.get(2).value())
                + ", name can't start with a number or contain symbols");
          }
        } else if (words.size() != 1) {
          return Optional.of("FROM requires either one or three arguments");
        }
      }
      case ADD, COPY -> {
        if (count < 2) {
          return Optional.of(Go.toUpper(in.kind().name())
              + " requires at least two arguments, but only one was provided. Destination could"
              + " not be determined");
        }
      }
      case MAINTAINER, WORKDIR, USER, STOPSIGNAL -> {
        if (count != 1) {
          return Optional.of(in.kind().name() + " requires exactly one argument");
        }
      }
      case EXPOSE, VOLUME, ARG, HEALTHCHECK, ONBUILD -> {
        if (count == 0) {
          return Optional.of(in.kind().name() + " requires at least one argument");
        }
      }
      default -> { }
    }
    if (in.kind() == InstructionKind.ONBUILD && in.trigger().isPresent()) {
      InstructionKind trigger = in.trigger().get().kind();
      String name = Go.toUpper(in.trigger().get().keyword().value());
      if (trigger == InstructionKind.ONBUILD) {
        return Optional.of("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
      }
      if (trigger == InstructionKind.MAINTAINER || trigger == InstructionKind.FROM) {
        return Optional.of(name + " isn't allowed as an ONBUILD trigger");
      }
    }
    return flagProblem(in);
  }

  private static int argumentCount(Arguments args) {
    if (args instanceof Arguments.Words w) {
      return w.words().size();
    }
    if (args instanceof Arguments.Exec e) {
      return e.elements().size();
    }
    if (args instanceof Arguments.ArgDeclarations a) {
      return a.declarations().size();
    }
    if (args instanceof Arguments.None) {
      return 0;
    }
    return 1;
  }

  /** BuildKit's {@code BFlags.Parse}. */
  private static Optional<String> flagProblem(Instruction in) {
    if (FLAGS_IGNORED.contains(in.kind()) || in.kind() == InstructionKind.ONBUILD
        || (in.arguments() instanceof Arguments.Healthcheck h
            && h.type().value().equalsIgnoreCase("NONE"))) {
      return Optional.empty();
    }
    Map<String, FlagType> allowed = FLAGS.getOrDefault(in.kind(), Map.of());
    Set<String> used = new HashSet<>();
    for (Flag flag : in.flags()) {
      String text = flag.text();
      int eq = text.indexOf('=');
      String flagName = eq < 0 ? text : text.substring(0, eq);
      String name = flag.name();
      FlagType type = allowed.get(name);
      if (type == null) {
        return Optional.of("unknown flag: " + flagName + Suggest.search(name, allowed.keySet(), true)
            .map(s -> " (did you mean " + s + "?)").orElse(""));
      }
      if (!used.add(name) && type != FlagType.STRINGS) {
        return Optional.of("duplicate flag specified: " + flagName);
      }
      Optional<String> value = flag.value();
      if (type == FlagType.BOOL) {
        if (value.isPresent() && value.get().isEmpty()) {
          return Optional.of("missing a value on flag: " + flagName);
        }
        String v = value.orElse("").toLowerCase(Locale.ROOT);
        if (!v.equals("true") && !v.equals("false") && !v.isEmpty()) {
          return Optional.of("expecting boolean value for flag " + flagName + ", not: "
              + value.get());
        }
      } else if (value.isEmpty()) {
        return Optional.of("missing a value on flag: " + flagName);
      }
    }
    return Optional.empty();
  }

  // ---- buildDispatchStates: each FROM ----

  private Optional<BuildError> stages() {
    List<String> keys = globalKeys();
    for (Stage stage : model.stages()) {
      Instruction from = stage.from();
      int line = from.startLine();
      String base = FromLine.base(from).orElse("");
      Expansion name = GlobalArgs.expand(model, base);
      if (name.failed()) {
        return error(Phase.STAGES, line, name.error());
      }
      if (name.text().isEmpty()) {
        return error(Phase.STAGES, line, "base name (" + base + ") should not be blank");
      }
      Optional<String> platform = FromLine.platform(from);
      if (platform.isEmpty()) {
        continue;
      }
      Expansion p = GlobalArgs.expand(model, platform.get());
      if (p.failed()) {
        return error(Phase.STAGES, line, "failed to process arguments for platform "
            + p.text() + ": " + p.error());
      }
      if (p.text().isEmpty()) {
        return error(Phase.STAGES, line, "empty platform value from expression "
            + platform.get() + suggestAny(p.unmatched(), keys));
      }
      try {
        Platforms.parse(p.text());
      } catch (Platforms.InvalidPlatform e) {
        return error(Phase.STAGES, line, "failed to parse platform " + platform.get() + ": "
            + e.getMessage() + suggestAny(p.unmatched(), keys));
      }
    }
    return Optional.empty();
  }

  /** The global names with a value: what BuildKit suggests from when a FROM fails. */
  private List<String> globalKeys() {
    List<String> keys = new ArrayList<>();
    Env scope = model.globalScope();
    for (String key : model.globalScope().keys()) {
      if (scope.get(key) != null) {
        keys.add(key);
      }
    }
    return keys;
  }

  /** BuildKit's {@code wrapSuggestAny}: the first unmatched name with a close option. */
  private static String suggestAny(Set<String> unmatched, List<String> options) {
    for (String name : unmatched) {
      Optional<String> match = Suggest.search(name, options, true);
      if (match.isPresent()) {
        return " (did you mean " + match.get() + "?)";
      }
    }
    return "";
  }

  // ---- target and stage graph ----

  private Optional<BuildError> graph() {
    Optional<String> target = model.options().target();
    if (target.isPresent() && model.finalStage().isEmpty()) {
      List<String> names = new ArrayList<>();
      model.stages().forEach(s -> s.name().map(Go::toLower).ifPresent(names::add));
      return error(Phase.GRAPH, 0, "target stage " + Go.quote(target.get())
          + " could not be found" + Suggest.search(target.get(), names, true)
              .map(s -> " (did you mean " + s + "?)").orElse(""));
    }
    for (Stage stage : model.stages()) {
      for (CopyStep copy : stage.steps(CopyStep.class)) {
        Optional<String> from = copy.instruction().flag("from").flatMap(Flag::value);
        if (from.isEmpty()) {
          continue;
        }
        Expansion e = GlobalArgs.expander(model).expand(from.get(), Env.empty());
        if (e.failed()) {
          return error(Phase.GRAPH, copy.line(), e.error());
        }
        if (!e.text().equals(from.get())) {
          return error(Phase.GRAPH, copy.line(), "variable expansion is not supported for --from,"
              + " define a new stage with FROM using ARG from global scope as a workaround");
        }
        if (from.get().matches("-?\\d+")) {
          int index = Integer.parseInt(from.get());
          if (index < 0 || index >= model.stages().size()) {
            return error(Phase.GRAPH, copy.line(), "invalid stage index " + index);
          }
        }
      }
    }
    return Optional.empty();
  }

  // ---- resolving base images ----

  private Optional<BuildError> baseImages() {
    for (Stage stage : model.stages()) {
      if (stage.parent().isPresent() || stage.baseText().equals("scratch")) {
        continue;
      }
      Optional<String> problem = ReferenceGrammar.check(stage.baseText());
      if (problem.isPresent()) {
        return error(Phase.BASE_IMAGES, stage.from().startLine(), "failed to parse stage name "
            + Go.quote(stage.baseText()) + ": " + problem.get());
      }
    }
    return Optional.empty();
  }

  // ---- dispatching instructions ----

  private Optional<BuildError> dispatch() {
    for (Stage stage : model.stages()) {
      for (ExposeStep expose : stage.steps(ExposeStep.class)) {
        for (PortSpec port : ExposePorts.inBuildkitOrder(expose)) {
          ExposePorts.Parsed p = ExposePorts.parse(port.text());
          if (p.containerPort().isEmpty()) {
            return error(Phase.DISPATCH, expose.line(), "invalid port: " + Go.quote(port.text())
                + ": no port specified");
          }
          if (p.invalid()) {
            return error(Phase.DISPATCH, expose.line(), "invalid port: " + Go.quote(port.text())
                + ": invalid proto: " + p.protocol());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<BuildError> error(Phase phase, int line, String message) {
    return Optional.of(new BuildError(phase, line, message));
  }

  private static Map<String, FlagType> ordered(Object... pairs) {
    Map<String, FlagType> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put((String) pairs[i], (FlagType) pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
