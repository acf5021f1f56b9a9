package dev.dockwright.shell.ast;

import java.util.List;

/**
 * {@code name() { body; }} or {@code function name { body; }}. Defining a function runs nothing;
 * its body runs where the function is called.
 */
public record FunctionDefinition(String name, Command body, Span span) implements Command {

    /** A definition takes no redirections itself; the body's redirections apply at each call. */
    @Override
    public List<Redirect> redirects() {
        return List.of();
    }
}
