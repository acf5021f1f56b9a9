package dev.dockwright.shell.ast;

import java.util.List;
import java.util.Optional;

/** {@code if c; then a; elif d; then b; else e; fi}; {@code branches} holds the if and the elifs. */
public record IfCommand(List<IfBranch> branches, Optional<CommandList> elseBody, List<Redirect> redirects, Span span)
        implements Command {

    public IfCommand {
        branches = List.copyOf(branches);
        redirects = List.copyOf(redirects);
    }
}
