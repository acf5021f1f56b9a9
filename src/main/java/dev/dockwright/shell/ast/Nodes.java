package dev.dockwright.shell.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Generic traversal: the direct children of any node, and a pre-order walk. */
public final class Nodes {

    private Nodes() {}

    /** The node itself and all its descendants, parents before children, in source order. */
    public static Stream<Node> stream(Node root) {
        List<Node> all = new ArrayList<>();
        walk(root, all::add);
        return all.stream();
    }

    public static void walk(Node node, Consumer<Node> visitor) {
        visitor.accept(node);
        for (Node child : children(node)) {
            walk(child, visitor);
        }
    }

    public static List<Node> children(Node node) {
        List<Node> c = new ArrayList<>();
        if (node instanceof CommandList l) {
            c.addAll(l.items());
        } else if (node instanceof ListItem i) {
            c.add(i.andOr());
        } else if (node instanceof AndOr a) {
            c.addAll(a.pipelines());
        } else if (node instanceof Pipeline p) {
            c.addAll(p.commands());
        } else if (node instanceof SimpleCommand s) {
            c.addAll(s.assignments());
            c.addAll(s.words());
            c.addAll(s.redirects());
        } else if (node instanceof Assignment a) {
            a.value().ifPresent(c::add);
            c.addAll(a.array());
        } else if (node instanceof Redirect r) {
            c.add(r.target());
            r.heredoc().ifPresent(c::add);
        } else if (node instanceof Heredoc h) {
            c.addAll(h.parts());
        } else if (node instanceof Word w) {
            c.addAll(w.parts());
        } else if (node instanceof DoubleQuoted d) {
            c.addAll(d.parts());
        } else if (node instanceof ParameterExpansion e) {
            e.argument().ifPresent(c::add);
        } else if (node instanceof CommandSubstitution s) {
            c.add(s.body());
        } else if (node instanceof ProcessSubstitution s) {
            c.add(s.body());
        } else if (node instanceof Command cmd) {
            compound(cmd, c);
            c.addAll(cmd.redirects());
        } else if (node instanceof IfBranch b) {
            c.add(b.condition());
            c.add(b.body());
        } else if (node instanceof CaseItem i) {
            c.addAll(i.patterns());
            c.add(i.body());
        }
        return c;
    }

    private static void compound(Command cmd, List<Node> c) {
        if (cmd instanceof Subshell s) {
            c.add(s.body());
        } else if (cmd instanceof BraceGroup b) {
            c.add(b.body());
        } else if (cmd instanceof IfCommand f) {
            c.addAll(f.branches());
            f.elseBody().ifPresent(c::add);
        } else if (cmd instanceof WhileCommand w) {
            c.add(w.condition());
            c.add(w.body());
        } else if (cmd instanceof ForCommand f) {
            f.items().ifPresent(c::addAll);
            c.add(f.body());
        } else if (cmd instanceof ArithmeticForCommand f) {
            c.add(f.body());
        } else if (cmd instanceof CaseCommand k) {
            c.add(k.subject());
            c.addAll(k.items());
        } else if (cmd instanceof FunctionDefinition f) {
            c.add(f.body());
        } else if (cmd instanceof TestCommand t) {
            c.addAll(t.words());
        }
    }
}
