package dev.dockwright.shell.ast;

import java.util.List;

/** {@code case word in ... esac}. */
public record CaseCommand(Word subject, List<CaseItem> items, List<Redirect> redirects, Span span) implements Command {

    public CaseCommand {
        items = List.copyOf(items);
        redirects = List.copyOf(redirects);
    }
}
