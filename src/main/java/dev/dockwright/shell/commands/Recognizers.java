package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Small helpers shared by the command recognisers. */
final class Recognizers {

    private Recognizers() {}

    /** Every invocation of {@code script} that {@code matcher} recognises, in execution order. */
    static <T> List<T> all(Script script, Function<Invocation, Optional<T>> matcher) {
        return script.simpleCommands().stream().map(matcher).flatMap(Optional::stream).toList();
    }
}
