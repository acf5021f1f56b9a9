package dev.dockwright.shell.ast;

import java.util.List;

/** {@code while cond; do body; done}, or {@code until} when {@code until} is true. */
public record WhileCommand(boolean until, CommandList condition, CommandList body, List<Redirect> redirects, Span span)
        implements Command {

    public WhileCommand {
        redirects = List.copyOf(redirects);
    }
}
