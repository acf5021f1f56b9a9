package dev.dockwright.shell;

import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.ArithmeticForCommand;
import dev.dockwright.shell.ast.Assignment;
import dev.dockwright.shell.ast.BraceGroup;
import dev.dockwright.shell.ast.CaseCommand;
import dev.dockwright.shell.ast.CaseItem;
import dev.dockwright.shell.ast.Command;
import dev.dockwright.shell.ast.CommandList;
import dev.dockwright.shell.ast.CommandSubstitution;
import dev.dockwright.shell.ast.DoubleQuoted;
import dev.dockwright.shell.ast.ForCommand;
import dev.dockwright.shell.ast.FunctionDefinition;
import dev.dockwright.shell.ast.IfBranch;
import dev.dockwright.shell.ast.IfCommand;
import dev.dockwright.shell.ast.ListItem;
import dev.dockwright.shell.ast.Node;
import dev.dockwright.shell.ast.ParameterExpansion;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.ProcessSubstitution;
import dev.dockwright.shell.ast.Redirect;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.Subshell;
import dev.dockwright.shell.ast.TestCommand;
import dev.dockwright.shell.ast.WhileCommand;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Walks the tree in execution order and records each simple command with its context. Command
 * substitutions in a command's words run before the command, so they come first. {@code set}
 * changes the options, and assignments and {@code export} the variables, for what follows; changes
 * inside a subshell, substitution or function definition are undone when it ends.
 */
final class Walker {

    /** Where a command sits: its pipeline and and-or list. */
    private record Site(Pipeline pipeline, int pipelineIndex, AndOr andOr, int andOrIndex, boolean condition,
                        boolean background) {}

    private final List<Invocation> out = new ArrayList<>();
    private final Deque<Node> enclosing = new ArrayDeque<>();
    private ShellOptions options;
    private Map<String, Word> variables = Map.of();

    private Walker(ShellOptions initial) {
        this.options = initial;
    }

    static List<Invocation> walk(CommandList root, ShellOptions initial) {
        Walker w = new Walker(initial);
        w.list(root, false, false);
        return List.copyOf(w.out);
    }

    private void list(CommandList list, boolean condition, boolean background) {
        for (ListItem item : list.items()) {
            AndOr ao = item.andOr();
            boolean bg = background || item.background();
            for (int i = 0; i < ao.pipelines().size(); i++) {
                Pipeline p = ao.pipelines().get(i);
                for (int j = 0; j < p.commands().size(); j++) {
                    command(p.commands().get(j), new Site(p, j, ao, i, condition, bg));
                }
            }
        }
    }

    private void command(Command cmd, Site site) {
        if (cmd instanceof SimpleCommand sc) {
            simple(sc, site);
            return;
        }
        ShellOptions saved = options;
        Map<String, Word> savedVars = variables;
        enclosing.addLast(cmd);
        try {
            if (cmd instanceof Subshell s) {
                list(s.body(), site.condition(), site.background());
            } else if (cmd instanceof BraceGroup b) {
                list(b.body(), site.condition(), site.background());
            } else if (cmd instanceof IfCommand f) {
                for (IfBranch br : f.branches()) {
                    list(br.condition(), true, site.background());
                    list(br.body(), site.condition(), site.background());
                }
                f.elseBody().ifPresent(e -> list(e, site.condition(), site.background()));
            } else if (cmd instanceof WhileCommand w) {
                list(w.condition(), true, site.background());
                list(w.body(), site.condition(), site.background());
            } else if (cmd instanceof ForCommand f) {
                f.items().ifPresent(items -> items.forEach(this::word));
                list(f.body(), site.condition(), site.background());
            } else if (cmd instanceof ArithmeticForCommand f) {
                list(f.body(), site.condition(), site.background());
            } else if (cmd instanceof CaseCommand c) {
                word(c.subject());
                for (CaseItem item : c.items()) {
                    item.patterns().forEach(this::word);
                    list(item.body(), site.condition(), site.background());
                }
            } else if (cmd instanceof FunctionDefinition f) {
                command(f.body(), site);
            } else if (cmd instanceof TestCommand t) {
                t.words().forEach(this::word);
            }
            cmd.redirects().forEach(this::redirect);
        } finally {
            enclosing.removeLast();
            if (cmd instanceof Subshell || cmd instanceof FunctionDefinition) {
                options = saved;
                variables = savedVars;
            }
        }
    }

    private void simple(SimpleCommand sc, Site site) {
        for (Assignment a : sc.assignments()) {
            a.value().ifPresent(this::word);
            a.array().forEach(this::word);
        }
        sc.words().forEach(this::word);
        sc.redirects().forEach(this::redirect);
        ResolvedCommand resolved = CommandResolver.resolve(sc.words());
        out.add(new Invocation(out.size(), sc, resolved, site.pipeline(), site.pipelineIndex(), site.andOr(),
                site.andOrIndex(), new ArrayList<>(enclosing), options, variables, site.condition(),
                site.background()));
        if ("set".equals(resolved.name()) && resolved.wrappers().stream().allMatch(w -> w.name().equals("builtin"))) {
            options = options.applySet(resolved.argValues());
        }
        variables = Variables.after(variables, sc, resolved);
    }

    private void redirect(Redirect r) {
        word(r.target());
        r.heredoc().ifPresent(h -> parts(h.parts()));
    }

    private void word(Word w) {
        parts(w.parts());
    }

    private void parts(List<WordPart> parts) {
        for (WordPart p : parts) {
            if (p instanceof DoubleQuoted d) {
                parts(d.parts());
            } else if (p instanceof ParameterExpansion e) {
                e.argument().ifPresent(this::word);
            } else if (p instanceof CommandSubstitution c) {
                nested(c, c.body());
            } else if (p instanceof ProcessSubstitution ps) {
                nested(ps, ps.body());
            }
        }
    }

    private void nested(Node node, CommandList body) {
        ShellOptions saved = options;
        Map<String, Word> savedVars = variables;
        enclosing.addLast(node);
        try {
            list(body, false, false);
        } finally {
            enclosing.removeLast();
            options = saved;
            variables = savedVars;
        }
    }
}
