package dev.dockwright.rules.hadolint;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Scope;
import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.ast.AnsiCQuoted;
import dev.dockwright.shell.ast.DoubleQuoted;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.ParameterExpansion;
import dev.dockwright.shell.ast.SingleQuoted;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import dev.dockwright.syntax.ArgDeclaration;
import dev.dockwright.syntax.Arguments;
import dev.dockwright.syntax.Instruction;
import dev.dockwright.syntax.InstructionKind;
import dev.dockwright.syntax.KeyValue;
import dev.dockwright.syntax.expand.Expansion;
import dev.dockwright.syntax.expand.ExpansionOptions;
import dev.dockwright.syntax.expand.VariableExpander;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The variables a RUN's commands see, and shell words read with them: the stage's ARG and ENV
 * (inherited ENV included), shell variables set earlier in the script, and the command's own
 * prefix assignments.
 */
final class RunVariables {

  private RunVariables() {}

  /**
   * The ARG and ENV scope of a RUN. A RUN before the first FROM has no stage; hadolint still
   * reads the ARG and ENV written above it (its tests are mostly files without FROM), and so do
   * we, so that {@code ENV PIP_NO_CACHE_DIR=1} above such a RUN counts.
   */
  static Scope scope(DockerfileModel model, RunUnit run) {
    if (run.stage().isPresent()) {
      return run.step().context().scope();
    }
    Scope scope = model.globalScope();
    VariableExpander expander =
        new VariableExpander(model.dockerfile().escapeChar(), ExpansionOptions.DEFAULT);
    int before = run.step().instruction().range().startOffset();
    for (Instruction in : model.dockerfile().instructions()) {
      if (in.range().startOffset() >= before || in.kind() == InstructionKind.FROM) {
        break;
      }
      if (in.kind() == InstructionKind.ENV && in.arguments() instanceof Arguments.NameValues nv) {
        Scope at = scope;
        for (KeyValue kv : nv.pairs()) {
          scope = scope.withEnv(expand(expander, kv.key().value(), at),
              expand(expander, kv.value().value(), at));
        }
      } else if (in.kind() == InstructionKind.ARG
          && in.arguments() instanceof Arguments.ArgDeclarations decls) {
        for (ArgDeclaration d : decls.declarations()) {
          Scope at = scope;
          scope = scope.withArg(d.name().value(),
              d.defaultValue().map(t -> expand(expander, t.value(), at)));
        }
      }
    }
    return scope;
  }

  private static String expand(VariableExpander expander, String word, Scope scope) {
    Expansion e = expander.expand(word, scope);
    return e.failed() ? word : e.text();
  }

  /**
   * A shell word read with what is known before it runs.
   *
   * @param text the value, with {@code placeholder} for every part whose value is not known
   *     (a command substitution, an ARG given on the command line, an operator expansion)
   * @param undefined variables the word uses that nothing defines at that point
   */
  record Resolved(String text, List<String> undefined) {}

  /** Reads {@code word} as {@code inv} sees it, in a RUN whose Dockerfile scope is {@code scope}. */
  static Resolved resolve(Word word, Invocation inv, Scope scope, String placeholder) {
    StringBuilder text = new StringBuilder();
    List<String> undefined = new ArrayList<>();
    append(word.parts(), inv, scope, placeholder, text, undefined);
    return new Resolved(text.toString(), List.copyOf(undefined));
  }

  private static void append(List<WordPart> parts, Invocation inv, Scope scope, String placeholder,
      StringBuilder text, List<String> undefined) {
    for (WordPart p : parts) {
      if (p instanceof Literal l) {
        text.append(l.value());
      } else if (p instanceof SingleQuoted s) {
        text.append(s.value());
      } else if (p instanceof AnsiCQuoted a) {
        text.append(a.value());
      } else if (p instanceof DoubleQuoted d) {
        append(d.parts(), inv, scope, placeholder, text, undefined);
      } else if (p instanceof ParameterExpansion e && e.prefix().isEmpty()) {
        Optional<String> value = value(e.name(), inv, scope);
        if (value.isEmpty() && !defined(e.name(), inv, scope) && e.operator().isEmpty()
            && trackable(e.name(), inv)) {
          undefined.add(e.name());
        }
        text.append(e.operator().isEmpty() ? value.orElse(placeholder) : placeholder);
      } else {
        text.append(placeholder);
      }
    }
  }

  /** The static value of a variable at {@code inv}: shell variable, else ARG/ENV. */
  private static Optional<String> value(String name, Invocation inv, Scope scope) {
    Word shell = inv.variables().get(name);
    if (shell != null) {
      return shell.literal();
    }
    return Optional.ofNullable(scope.get(name));
  }

  /**
   * Whether "not defined" can be told: a plain name outside loops and functions (loop variables,
   * {@code read} targets and function arguments are not tracked).
   */
  private static boolean trackable(String name, Invocation inv) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !inv.inLoop() && !inv.inFunction();
  }

  private static boolean defined(String name, Invocation inv, Scope scope) {
    // A prefix assignment (v=1 cmd $v) is not visible to the command's own words.
    return inv.variables().containsKey(name) || scope.isDefined(name);
  }

  /** The value a variable has in {@code inv}'s environment: its prefix, the script, the scope. */
  static Optional<Word> commandWord(String name, Invocation inv) {
    Word w = inv.environment().get(name);
    if (w == null) {
      w = inv.variables().get(name);
    }
    return Optional.ofNullable(w);
  }

  /** {@link #commandWord} or the Dockerfile's ARG/ENV, as text; empty when unset. */
  static Optional<String> environmentValue(String name, Invocation inv, Scope scope) {
    Optional<Word> w = commandWord(name, inv);
    if (w.isPresent()) {
      return Optional.of(w.get().unquoted());
    }
    return Optional.ofNullable(scope.get(name));
  }
}
