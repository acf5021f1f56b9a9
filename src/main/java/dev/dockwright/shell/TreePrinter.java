package dev.dockwright.shell;

import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.AnsiCQuoted;
import dev.dockwright.shell.ast.ArithmeticCommand;
import dev.dockwright.shell.ast.ArithmeticExpansion;
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
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.ParameterExpansion;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.ProcessSubstitution;
import dev.dockwright.shell.ast.Redirect;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.SingleQuoted;
import dev.dockwright.shell.ast.Subshell;
import dev.dockwright.shell.ast.TestCommand;
import dev.dockwright.shell.ast.WhileCommand;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import java.util.List;

/**
 * A compact one-line rendering of the tree, for tests and debugging: {@code [cmd echo 'a b']}
 * for a simple command, {@code (subshell ...)}, {@code $(...)} and so on. Literal text is
 * printed bare, quoted parts keep their quote characters around their decoded value.
 */
public final class TreePrinter {

    private TreePrinter() {}

    public static String print(Script script) {
        return list(script.body());
    }

    public static String list(CommandList list) {
        StringBuilder sb = new StringBuilder();
        for (ListItem item : list.items()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(andOr(item.andOr()));
            switch (item.separator()) {
                case SEMICOLON -> sb.append(" ;");
                case AMPERSAND -> sb.append(" &");
                case NEWLINE -> sb.append(" \\n");
                case NONE -> { }
            }
        }
        return sb.toString();
    }

    private static String andOr(AndOr a) {
        StringBuilder sb = new StringBuilder(pipeline(a.pipelines().get(0)));
        for (int i = 0; i < a.operators().size(); i++) {
            sb.append(' ').append(a.operators().get(i).symbol()).append(' ').append(pipeline(a.pipelines().get(i + 1)));
        }
        return sb.toString();
    }

    private static String pipeline(Pipeline p) {
        StringBuilder sb = new StringBuilder();
        if (p.timed()) {
            sb.append("time ");
        }
        if (p.negated()) {
            sb.append("! ");
        }
        for (int i = 0; i < p.commands().size(); i++) {
            if (i > 0) {
                sb.append(p.pipeAll().get(i - 1) ? " |& " : " | ");
            }
            sb.append(command(p.commands().get(i)));
        }
        return sb.toString();
    }

    public static String command(Command c) {
        String body;
        if (c instanceof SimpleCommand s) {
            StringBuilder sb = new StringBuilder("[cmd");
            for (Assignment a : s.assignments()) {
                sb.append(' ').append(a.name()).append(a.append() ? "+=" : "=");
                if (a.isArray()) {
                    sb.append('(').append(words(a.array())).append(')');
                } else {
                    a.value().ifPresent(v -> sb.append(word(v)));
                }
            }
            for (Word w : s.words()) {
                sb.append(' ').append(word(w));
            }
            return sb.append(redirects(c.redirects())).append(']').toString();
        } else if (c instanceof Subshell s) {
            body = "(subshell " + list(s.body()) + ")";
        } else if (c instanceof BraceGroup b) {
            body = "(group " + list(b.body()) + ")";
        } else if (c instanceof IfCommand f) {
            StringBuilder sb = new StringBuilder("(if");
            for (int i = 0; i < f.branches().size(); i++) {
                IfBranch br = f.branches().get(i);
                sb.append(i == 0 ? " " : " elif ").append(list(br.condition())).append(" then ").append(list(br.body()));
            }
            f.elseBody().ifPresent(e -> sb.append(" else ").append(list(e)));
            body = sb.append(')').toString();
        } else if (c instanceof WhileCommand w) {
            body = "(" + (w.until() ? "until " : "while ") + list(w.condition()) + " do " + list(w.body()) + ")";
        } else if (c instanceof ForCommand f) {
            body = "(" + (f.select() ? "select " : "for ") + f.variable()
                    + f.items().map(items -> " in " + words(items)).orElse("") + " do " + list(f.body()) + ")";
        } else if (c instanceof ArithmeticForCommand f) {
            body = "(for ((" + f.header() + ")) do " + list(f.body()) + ")";
        } else if (c instanceof CaseCommand k) {
            StringBuilder sb = new StringBuilder("(case ").append(word(k.subject()));
            for (CaseItem item : k.items()) {
                sb.append(" [").append(String.join("|", item.patterns().stream().map(TreePrinter::word).toList()))
                        .append(") ").append(list(item.body())).append(' ').append(item.terminator()).append(']');
            }
            body = sb.append(')').toString();
        } else if (c instanceof FunctionDefinition f) {
            body = "(function " + f.name() + " " + command(f.body()) + ")";
        } else if (c instanceof TestCommand t) {
            body = "(test " + words(t.words()) + ")";
        } else if (c instanceof ArithmeticCommand a) {
            body = "(arith " + a.expression() + ")";
        } else {
            body = "(?)";
        }
        return body + redirects(c.redirects());
    }

    private static String redirects(List<Redirect> redirects) {
        StringBuilder sb = new StringBuilder();
        for (Redirect r : redirects) {
            sb.append(' ').append(r.fd().orElse("")).append(r.operator().symbol()).append(word(r.target()));
            r.heredoc().ifPresent(h -> sb.append("{").append(parts(h.parts())).append("}"));
        }
        return sb.toString();
    }

    private static String words(List<Word> words) {
        return String.join(" ", words.stream().map(TreePrinter::word).toList());
    }

    public static String word(Word w) {
        return parts(w.parts());
    }

    private static String parts(List<WordPart> parts) {
        StringBuilder sb = new StringBuilder();
        for (WordPart p : parts) {
            if (p instanceof Literal l) {
                sb.append(l.value());
            } else if (p instanceof SingleQuoted s) {
                sb.append('\'').append(s.value()).append('\'');
            } else if (p instanceof AnsiCQuoted a) {
                sb.append("$'").append(a.value()).append('\'');
            } else if (p instanceof DoubleQuoted d) {
                sb.append('"').append(parts(d.parts())).append('"');
            } else if (p instanceof ParameterExpansion e) {
                sb.append("${").append(e.prefix()).append(e.name()).append(e.operator());
                e.argument().ifPresent(arg -> sb.append(word(arg)));
                sb.append('}');
            } else if (p instanceof CommandSubstitution s) {
                sb.append(s.backquoted() ? "`" : "$(").append(list(s.body())).append(s.backquoted() ? "`" : ")");
            } else if (p instanceof ArithmeticExpansion a) {
                sb.append("$((").append(a.expression()).append("))");
            } else if (p instanceof ProcessSubstitution ps) {
                sb.append(ps.direction()).append('(').append(list(ps.body())).append(')');
            }
        }
        return sb.toString();
    }
}
