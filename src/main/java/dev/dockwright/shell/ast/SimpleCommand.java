package dev.dockwright.shell.ast;

import java.util.List;

/**
 * {@code A=b cmd arg... >file}: prefix assignments, the words (command name first) and the
 * redirections, in source order each. A command of assignments only has no words.
 */
public record SimpleCommand(List<Assignment> assignments, List<Word> words, List<Redirect> redirects, Span span)
        implements Command {

    public SimpleCommand {
        assignments = List.copyOf(assignments);
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }
}
