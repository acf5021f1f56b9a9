package dev.dockwright.shell.ast;

import java.util.List;

/** Bash's {@code for ((init; test; step)); do body; done}; the header is kept as text. */
public record ArithmeticForCommand(String header, CommandList body, List<Redirect> redirects, Span span)
        implements Command {

    public ArithmeticForCommand {
        redirects = List.copyOf(redirects);
    }
}
