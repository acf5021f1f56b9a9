package dev.dockwright.shell;

import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.Assignment;
import dev.dockwright.shell.ast.Command;
import dev.dockwright.shell.ast.CommandSubstitution;
import dev.dockwright.shell.ast.ForCommand;
import dev.dockwright.shell.ast.FunctionDefinition;
import dev.dockwright.shell.ast.Node;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.ProcessSubstitution;
import dev.dockwright.shell.ast.Redirect;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Subshell;
import dev.dockwright.shell.ast.WhileCommand;
import dev.dockwright.shell.ast.ArithmeticForCommand;
import dev.dockwright.shell.ast.Word;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One simple command of a script, in execution order, with everything a rule asks about it: what
 * it runs ({@link #resolved()}), where it sits (pipeline, and-or list, enclosing constructs) and
 * which shell options are in effect when it runs.
 *
 * @param index            position in {@link Script#simpleCommands()}
 * @param command          the syntax node
 * @param resolved         the program run, wrappers looked through
 * @param pipeline         the pipeline the command belongs to
 * @param pipelineIndex    its position in that pipeline (0 = first)
 * @param andOr            the and-or list the pipeline belongs to
 * @param andOrIndex       the pipeline's position in the and-or list
 * @param enclosing        enclosing compound commands and substitutions, outermost first
 * @param options          the shell options in effect before the command runs, tracked linearly
 *                         through {@code set} commands ({@code set} in a subshell or substitution
 *                         does not leak out)
 * @param variables        shell variables assigned earlier in the script ({@code A=1},
 *                         {@code export A=1}, {@code declare}/{@code readonly}/{@code local}; removed by
 *                         {@code unset}), tracked linearly like the options; the Dockerfile's ENV and
 *                         ARG are not included
 * @param inCondition      inside the condition of {@code if}, {@code while} or {@code until}
 * @param background       run asynchronously ({@code cmd &}, or inside a group run with {@code &})
 */
public record Invocation(
        int index,
        SimpleCommand command,
        ResolvedCommand resolved,
        Pipeline pipeline,
        int pipelineIndex,
        AndOr andOr,
        int andOrIndex,
        List<Node> enclosing,
        ShellOptions options,
        Map<String, Word> variables,
        boolean inCondition,
        boolean background) {

    public Invocation {
        enclosing = List.copyOf(enclosing);
        variables = Map.copyOf(variables);
    }

    /** The program name after wrappers, e.g. {@code apt-get}; null when not static. */
    public String name() {
        return resolved.name();
    }

    /** The canonical program ({@code pip} for {@code pip3} and {@code python -m pip}). */
    public String program() {
        return resolved.program();
    }

    /** The words after the program. */
    public List<Word> args() {
        return resolved.args();
    }

    /** All words as written, wrappers and command name included. */
    public List<Word> argv() {
        return command.words();
    }

    public List<Assignment> assignments() {
        return command.assignments();
    }

    public List<Redirect> redirects() {
        return command.redirects();
    }

    public Span span() {
        return command.span();
    }

    /**
     * Variables set for this command only: prefix assignments ({@code PIP_NO_CACHE_DIR=1 pip ...})
     * and {@code NAME=value} words of an {@code env} or {@code sudo} wrapper, by name, later ones
     * winning. Values are words, so a rule can tell {@code 1} from {@code $X}.
     */
    public Map<String, Word> environment() {
        Map<String, Word> env = new LinkedHashMap<>();
        for (Assignment a : command.assignments()) {
            a.value().ifPresent(v -> env.put(a.name(), v));
        }
        for (Wrapper w : resolved.wrappers()) {
            for (Word word : w.words()) {
                Variables.valueAfterName(word).ifPresent(v -> env.put(word.text().substring(0, word.text().indexOf('=')), v));
            }
        }
        return env;
    }

    /** True when the canonical program is one of {@code programs}. */
    public boolean is(String... programs) {
        return resolved.is(programs);
    }

    public boolean isPiped() {
        return pipeline.commands().size() > 1;
    }

    public boolean isLastInPipeline() {
        return pipelineIndex == pipeline.commands().size() - 1;
    }

    /** The command this one's output is piped into, if any. */
    public Optional<Command> pipedInto() {
        return isLastInPipeline() ? Optional.empty() : Optional.of(pipeline.commands().get(pipelineIndex + 1));
    }

    /** The {@code &&} or {@code ||} right after this command's pipeline, if any. */
    public Optional<AndOr.Operator> operatorAfter() {
        return andOrIndex < andOr.operators().size() ? Optional.of(andOr.operators().get(andOrIndex)) : Optional.empty();
    }

    /**
     * The pipeline that runs when this command's pipeline fails: the one after the first
     * {@code ||} at or after it. In {@code a && b || true}, a failing {@code a} skips {@code b}
     * and runs {@code true}, so both {@code a} and {@code b} have {@code true} as fallback.
     */
    public Optional<Pipeline> orElse() {
        for (int k = andOrIndex; k < andOr.operators().size(); k++) {
            if (andOr.operators().get(k) == AndOr.Operator.OR) {
                return Optional.of(andOr.pipelines().get(k + 1));
            }
        }
        return Optional.empty();
    }

    /** True when the pipeline is negated with {@code !}, so a failure counts as success. */
    public boolean negated() {
        return pipeline.negated();
    }

    public boolean inSubshell() {
        return enclosing.stream().anyMatch(n -> n instanceof Subshell);
    }

    public boolean inCommandSubstitution() {
        return enclosing.stream().anyMatch(n -> n instanceof CommandSubstitution || n instanceof ProcessSubstitution);
    }

    public boolean inFunction() {
        return enclosing.stream().anyMatch(n -> n instanceof FunctionDefinition);
    }

    public boolean inLoop() {
        return enclosing.stream().anyMatch(
                n -> n instanceof ForCommand || n instanceof WhileCommand || n instanceof ArithmeticForCommand);
    }

    /**
     * True when a failure of this command would stop the script under {@code set -e}: errexit is
     * on, and the command is not in a condition, not negated, not before {@code &&}/{@code ||},
     * not in the background, and its status is the pipeline's (last command, or
     * {@code pipefail}). Substitutions are conservatively treated like the rest.
     */
    public boolean failureStopsScript() {
        return options.errexit() && !inCondition && !negated() && !background
                && andOrIndex == andOr.pipelines().size() - 1
                && (isLastInPipeline() || options.pipefail());
    }

    @Override
    public String toString() {
        return "#" + index + " " + command.span() + " " + String.join(" ", argv().stream().map(Word::text).toList());
    }
}
