package dev.dockwright.shell;

import dev.dockwright.shell.ast.CommandList;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.Node;
import dev.dockwright.shell.ast.Nodes;
import java.util.List;
import java.util.stream.Stream;

/**
 * A parsed shell script: the syntax tree, the syntax errors, and the query rules use most,
 * {@link #simpleCommands()}. Immutable.
 */
public final class Script {

    private final String source;
    private final CommandList body;
    private final List<ShellError> errors;
    private final ShellOptions initialOptions;
    private final List<Invocation> simpleCommands;

    Script(String source, CommandList body, List<ShellError> errors, ShellOptions initialOptions) {
        this.source = source;
        this.body = body;
        this.errors = List.copyOf(errors);
        this.initialOptions = initialOptions;
        this.simpleCommands = Walker.walk(body, initialOptions);
    }

    /** Same as {@link ShellParser#parse(String)}. */
    public static Script parse(String script) {
        return ShellParser.parse(script);
    }

    /** Same as {@link ShellParser#parse(String, ShellOptions)}. */
    public static Script parse(String script, ShellOptions initial) {
        return ShellParser.parse(script, initial);
    }

    /** The text that was parsed; every span indexes into it. */
    public String source() {
        return source;
    }

    public CommandList body() {
        return body;
    }

    public List<ShellError> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public ShellOptions initialOptions() {
        return initialOptions;
    }

    /**
     * Every simple command in execution order (substitutions before the command using them), with
     * context. Includes commands inside subshells, substitutions, loops, conditions and function
     * bodies (at the place of definition).
     */
    public List<Invocation> simpleCommands() {
        return simpleCommands;
    }

    /** The simple commands whose canonical program is one of {@code programs}. */
    public List<Invocation> commands(String... programs) {
        return simpleCommands.stream().filter(i -> i.is(programs)).toList();
    }

    /** True when some simple command's canonical program is one of {@code programs}. */
    public boolean runs(String... programs) {
        return simpleCommands.stream().anyMatch(i -> i.is(programs));
    }

    /** Every pipeline of more than one command ({@code a | b}), at any depth, in source order. */
    public List<Pipeline> pipes() {
        return Nodes.stream(body)
                .filter(n -> n instanceof Pipeline p && p.isPiped())
                .map(n -> (Pipeline) n)
                .toList();
    }

    /** Every node of the tree, parents first, in source order. */
    public Stream<Node> nodes() {
        return Nodes.stream(body);
    }

    /** The shell options in effect at the end of the script (after its last top-level {@code set}). */
    public ShellOptions finalOptions() {
        ShellOptions o = initialOptions;
        for (Invocation i : simpleCommands) {
            if (i.enclosing().isEmpty() && "set".equals(i.name())) {
                o = o.applySet(i.resolved().argValues());
            }
        }
        return o;
    }

    @Override
    public String toString() {
        return source;
    }
}
