package dev.dockwright.shell;

import dev.dockwright.shell.ast.Word;
import java.util.List;

/**
 * A command that runs another command and was looked through to find it: {@code sudo},
 * {@code env A=b}, {@code nice -n 5}, {@code xargs -r}, ... with its own words.
 */
public record Wrapper(String name, List<Word> words) {

    public Wrapper {
        words = List.copyOf(words);
    }
}
