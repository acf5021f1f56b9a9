package dev.dockwright.shell.ast;

import java.util.List;
import java.util.Optional;

/**
 * {@code NAME=value}, {@code NAME+=value} or {@code NAME=(a b c)} before a command (or alone).
 *
 * @param name   the variable name, with a subscript if one was written ({@code arr[0]})
 * @param append true for {@code +=}
 * @param value  the value word (absent for an array assignment); an empty word for {@code NAME=}
 * @param array  the elements of an array assignment, empty otherwise
 */
public record Assignment(String name, boolean append, Optional<Word> value, List<Word> array, boolean isArray, Span span)
        implements Node {

    public Assignment {
        array = List.copyOf(array);
    }
}
