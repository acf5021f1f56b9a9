package dev.dockwright.shell.ast;

import java.util.List;

/**
 * Bash's {@code [[ expression ]]}: the words between the brackets, operators ({@code &&},
 * {@code ==}, {@code (}) included as words. The expression is not interpreted further.
 */
public record TestCommand(List<Word> words, List<Redirect> redirects, Span span) implements Command {

    public TestCommand {
        words = List.copyOf(words);
        redirects = List.copyOf(redirects);
    }
}
