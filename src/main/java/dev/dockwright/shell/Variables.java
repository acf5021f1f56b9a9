package dev.dockwright.shell;

import dev.dockwright.shell.ast.Assignment;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which shell variables a simple command leaves set: assignments without a command, and
 * {@code export}/{@code declare}/{@code typeset}/{@code readonly}/{@code local} with
 * {@code NAME=value}; {@code unset NAME} removes. Prefix assignments of a command
 * ({@code A=1 cmd}) last only for that command and are not kept.
 */
final class Variables {

    private static final Set<String> DECLARATIONS = Set.of("export", "declare", "typeset", "readonly", "local");

    private Variables() {}

    static Map<String, Word> after(Map<String, Word> before, SimpleCommand sc, ResolvedCommand resolved) {
        if (sc.words().isEmpty()) {
            if (sc.assignments().isEmpty()) {
                return before;
            }
            Map<String, Word> m = new HashMap<>(before);
            for (Assignment a : sc.assignments()) {
                a.value().ifPresent(v -> m.put(a.name(), v));
            }
            return Map.copyOf(m);
        }
        String name = resolved.name();
        if (name == null || !resolved.wrappers().isEmpty()) {
            return before;
        }
        if (DECLARATIONS.contains(name)) {
            Map<String, Word> m = new HashMap<>(before);
            for (Word w : resolved.args()) {
                valueAfterName(w).ifPresent(v -> m.put(w.text().substring(0, w.text().indexOf('=')), v));
            }
            return Map.copyOf(m);
        }
        if (name.equals("unset")) {
            Map<String, Word> m = new HashMap<>(before);
            resolved.argValues().forEach(v -> {
                if (v != null) {
                    m.remove(v);
                }
            });
            return Map.copyOf(m);
        }
        return before;
    }

    /** For a word {@code NAME=value} written with a plain name: the value part as a word. */
    static Optional<Word> valueAfterName(Word word) {
        String text = word.text();
        int eq = text.indexOf('=');
        if (eq <= 0 || !text.substring(0, eq).matches("[A-Za-z_][A-Za-z0-9_]*") || word.parts().isEmpty()
                || !(word.parts().get(0) instanceof Literal first) || !first.value().startsWith(text.substring(0, eq + 1))) {
            return Optional.empty();
        }
        int valueStart = word.span().start() + eq + 1;
        List<WordPart> parts = new ArrayList<>();
        String rest = first.value().substring(eq + 1);
        if (!rest.isEmpty()) {
            parts.add(new Literal(rest, new Span(valueStart, first.span().end())));
        }
        parts.addAll(word.parts().subList(1, word.parts().size()));
        return Optional.of(new Word(parts, text.substring(eq + 1), new Span(valueStart, word.span().end())));
    }
}
