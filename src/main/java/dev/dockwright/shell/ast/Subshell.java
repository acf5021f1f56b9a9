package dev.dockwright.shell.ast;

import java.util.List;

/** {@code ( commands )}: runs in a child shell, so {@code cd} and {@code set} inside do not leak out. */
public record Subshell(CommandList body, List<Redirect> redirects, Span span) implements Command {

    public Subshell {
        redirects = List.copyOf(redirects);
    }
}
