package dev.dockwright.shell;

import dev.dockwright.shell.ast.CommandList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the shell parser. Never throws on any input: syntax problems are returned as
 * {@link ShellError}s beside a best-effort tree.
 */
public final class ShellParser {

    private ShellParser() {}

    /** Parses {@code script} with no shell options set (plain {@code /bin/sh -c}). */
    public static Script parse(String script) {
        return parse(script, ShellOptions.NONE);
    }

    /**
     * Parses {@code script}; {@code initial} are the options the shell starts with, e.g. from a
     * Dockerfile {@code SHELL ["/bin/bash", "-o", "pipefail", "-c"]}.
     */
    public static Script parse(String script, ShellOptions initial) {
        String src = script == null ? "" : script;
        List<ShellError> errors = new ArrayList<>();
        HeredocBook book = new HeredocBook(Map.of());
        CommandList body = new Parser(src, 0, src.length(), errors, book, new int[1]).parseScript();
        if (!book.found().isEmpty()) {
            errors = new ArrayList<>();
            book = new HeredocBook(Map.copyOf(book.found()));
            body = new Parser(src, 0, src.length(), errors, book, new int[1]).parseScript();
        }
        errors.sort(java.util.Comparator.comparingInt(ShellError::offset));
        return new Script(src, body, errors, initial);
    }
}
