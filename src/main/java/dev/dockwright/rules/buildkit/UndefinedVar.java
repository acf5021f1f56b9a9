package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgStep;
import dev.dockwright.model.CopyStep;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.EnvStep;
import dev.dockwright.model.LabelStep;
import dev.dockwright.model.OtherStep;
import dev.dockwright.model.RunStep;
import dev.dockwright.model.Scope;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.model.UserStep;
import dev.dockwright.model.Variable;
import dev.dockwright.model.WorkdirStep;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Flag;
import dev.dockwright.syntax.Heredoc;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.Token;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BuildKit's UndefinedVar: a variable used in an instruction BuildKit expands is defined by
 * nothing: not by an ARG or ENV of the stage (or of the stages it is built on), not by the base
 * image's environment, not by the default {@code PATH}.
 *
 * <p>Which words count is BuildKit's: ENV and LABEL keys and values, ARG defaults (unless a
 * build argument replaces them), COPY/ADD sources, destination, {@code --chown}, {@code --chmod},
 * ADD {@code --checksum}, expanding COPY/ADD here-documents, WORKDIR, USER, VOLUME, STOPSIGNAL and
 * RUN {@code --mount} fields. Shell-form RUN/CMD/ENTRYPOINT are not checked (the shell expands
 * those, and may define the variable itself), nor EXPOSE, HEALTHCHECK or FROM (see
 * UndefinedArgInFrom). An ARG declared without a value counts as defined.
 *
 * <p>BuildKit knows the base image's environment from its config; statically it is known only
 * for scratch, the plain distribution images (debian, ubuntu, alpine, busybox), the official
 * python images and distroless. On any other base image a name is reported only when a defined
 * name is close to it (a likely typo, reported with the suggestion), because the image may define
 * it ({@code NB_UID} on Jupyter images, {@code LAMBDA_TASK_ROOT} on AWS Lambda ones).
 */
@RuleSpec(
    code = "UndefinedVar",
    name = "UndefinedVar",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Variables should be defined before their use",
    rationale = """
        An undefined variable expands to the empty string without any error: `COPY $foo .` \
        copies the whole context, `ENV PATH=$PAHT:/app/bin` replaces PATH. Usually the name is \
        misspelt or the ARG is declared in another stage (or after its use); the warning \
        suggests a close defined name when there is one.""",
    bad = """
        FROM alpine AS base
        COPY $foo .
        """,
    good = """
        FROM alpine AS base
        ARG foo
        COPY $foo .
        """)
public final class UndefinedVar implements Rule {

  /** Build arguments BuildKit never puts in the environment. */
  private static final Set<String> NON_ENV_ARGS =
      Set.of("BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE");

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    VariableExpander expander =
        new VariableExpander(model.dockerfile().escapeChar(), ExpansionOptions.DEFAULT);
    // COPY/ADD here-documents are expanded by a lexer with the default escape and quotes kept.
    VariableExpander raw =
        new VariableExpander('\\', ExpansionOptions.DEFAULT.withSkipProcessQuotes(true));
    for (Stage stage : model.stages()) {
      boolean imageEnvKnown = BaseImages.environmentKnown(stage);
      for (Step step : stage.steps()) {
        Checker checker = new Checker(context, step, expander, imageEnvKnown);
        if (step instanceof ArgStep arg) {
          Scope scope = step.context().scope();
          for (ArgStep.Arg a : arg.args()) {
            if (a.declaration().defaultValue().isPresent()
                && !model.options().buildArgs().containsKey(a.name())) {
              checker.word(a.declaration().defaultValue().get().value(), scope);
            }
            scope = scope.withArg(a.name(), a.value());
          }
        } else if (step instanceof EnvStep env) {
          checker.pairs(env.variables());
        } else if (step instanceof LabelStep label) {
          checker.pairs(label.labels());
        } else if (step instanceof CopyStep copy) {
          copy(checker, copy, raw);
        } else if (step instanceof WorkdirStep || step instanceof UserStep) {
          checker.text();
        } else if (step instanceof OtherStep other) {
          if (other.kind() == InstructionKind.VOLUME) {
            checker.words();
          } else if (other.kind() == InstructionKind.STOPSIGNAL) {
            checker.text();
          }
        } else if (step instanceof RunStep) {
          for (Flag flag : step.instruction().flags()) {
            if (flag.name().equals("mount")) {
              for (String value : mountValues(flag.value().orElse(""))) {
                checker.word(value);
              }
            }
          }
        }
      }
    }
  }

  private static void copy(Checker checker, CopyStep copy, VariableExpander raw) {
    Instruction in = copy.instruction();
    List<String> flags = copy.isAdd() ? List.of("chown", "chmod", "checksum")
        : List.of("chown", "chmod");
    for (String name : flags) {
      in.flag(name).flatMap(Flag::value).ifPresent(checker::word);
    }
    List<Token> words = in.arguments() instanceof Arguments.Words w ? w.words()
        : in.arguments() instanceof Arguments.Exec e ? e.elements() : List.of();
    if (words.isEmpty()) {
      return;
    }
    List<Heredoc> contents = new ArrayList<>();
    for (Token source : words.subList(0, words.size() - 1)) {
      Optional<Heredoc> heredoc = in.heredocs().stream()
          .filter(h -> h.marker().value().equals(source.value())).findFirst();
      if (heredoc.isPresent()) {
        contents.add(heredoc.get());
      } else if (!source.value().startsWith("<<")) {
        checker.word(source.value());
      }
    }
    checker.word(words.get(words.size() - 1).value());
    for (Heredoc h : contents) {
      if (h.expand()) {
        checker.word(h.effectiveContent(), copy.context().scope(), raw);
      }
    }
  }

  /** The values of a {@code --mount} option's {@code key=value} fields (CSV, double quotes). */
  static List<String> mountValues(String option) {
    List<String> values = new ArrayList<>();
    for (String field : csvFields(option)) {
      int eq = field.indexOf('=');
      if (eq >= 0) {
        values.add(field.substring(eq + 1));
      }
    }
    return values;
  }

  private static List<String> csvFields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Expands the words of one step and reports what stays undefined. */
  private static final class Checker {
    private final RuleContext context;
    private final Step step;
    private final VariableExpander expander;
    private final boolean imageEnvKnown;

    Checker(RuleContext context, Step step, VariableExpander expander, boolean imageEnvKnown) {
      this.context = context;
      this.step = step;
      this.expander = expander;
      this.imageEnvKnown = imageEnvKnown;
    }

    void word(String word) {
      word(word, step.context().scope());
    }

    void word(String word, Scope scope) {
      word(word, scope, expander);
    }

    void word(String word, Scope scope, VariableExpander lexer) {
      Expansion e = lexer.expand(word, scope);
      for (String name : e.unmatched()) {
        if (scope.isArg(name) || NON_ENV_ARGS.contains(name)) {
          continue;
        }
        Optional<String> suggestion = Suggest.search(name, defined(scope), true);
        if (suggestion.isEmpty() && !imageEnvKnown) {
          continue; // the base image may define it: only a likely typo is worth reporting
        }
        context.report(step.range(), "Usage of undefined variable '$" + name + "'"
            + suggestion.map(s -> " (did you mean $" + s + "?)").orElse(""));
      }
    }

    void pairs(List<Variable> pairs) {
      for (Variable v : pairs) {
        word(v.pair().key().value());
        word(v.pair().value().value());
      }
    }

    void text() {
      if (step.instruction().arguments() instanceof Arguments.Text t) {
        word(t.text().value());
      }
    }

    void words() {
      Arguments args = step.instruction().arguments();
      List<Token> tokens = args instanceof Arguments.Words w ? w.words()
          : args instanceof Arguments.Exec e ? e.elements() : List.of();
      for (Token t : tokens) {
        word(t.value());
      }
    }

    /** The names the build environment has a value for: image and ENV variables, ARG values. */
    private static List<String> defined(Scope scope) {
      List<String> names = new ArrayList<>(scope.env().keySet());
      for (String name : scope.args().keySet()) {
        if (scope.args().get(name).isPresent() && !names.contains(name)) {
          names.add(name);
        }
      }
      return names;
    }
  }
}
