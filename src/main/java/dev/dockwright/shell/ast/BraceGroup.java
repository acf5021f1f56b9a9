package dev.dockwright.shell.ast;

import java.util.List;

/** {@code { commands; }}: grouping in the current shell. */
public record BraceGroup(CommandList body, List<Redirect> redirects, Span span) implements Command {

    public BraceGroup {
        redirects = List.copyOf(redirects);
    }
}
