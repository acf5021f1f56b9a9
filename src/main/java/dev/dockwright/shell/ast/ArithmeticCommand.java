package dev.dockwright.shell.ast;

import java.util.List;

/** Bash's {@code (( expression ))}; the expression is kept as text. */
public record ArithmeticCommand(String expression, List<Redirect> redirects, Span span) implements Command {

    public ArithmeticCommand {
        redirects = List.copyOf(redirects);
    }
}
