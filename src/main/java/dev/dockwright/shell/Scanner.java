package dev.dockwright.shell;

import java.util.List;

/**
 * Character-level reading shared by the word reader and the grammar. Line continuations
 * (backslash-newline) are skipped transparently wherever the shell removes them, so every offset
 * still points into the original text.
 */
final class Scanner {

    static final int EOF = -1;

    final String src;
    final int limit;
    final List<ShellError> errors;
    final HeredocBook heredocs;
    int pos;

    Scanner(String src, int start, int limit, List<ShellError> errors, HeredocBook heredocs) {
        this.src = src;
        this.pos = start;
        this.limit = limit;
        this.errors = errors;
        this.heredocs = heredocs;
    }

    int raw(int i) {
        return i >= 0 && i < limit ? src.charAt(i) : EOF;
    }

    /** Length of a line continuation at {@code i}, or 0. A CR before the LF is accepted. */
    int continuationAt(int i) {
        if (raw(i) != '\\') {
            return 0;
        }
        if (raw(i + 1) == '\n') {
            return 2;
        }
        return raw(i + 1) == '\r' && raw(i + 2) == '\n' ? 3 : 0;
    }

    int skipContinuations(int i) {
        int n;
        while ((n = continuationAt(i)) > 0) {
            i += n;
        }
        return i;
    }

    /** The current character, after any line continuations (which are consumed). */
    int peek() {
        pos = skipContinuations(pos);
        return raw(pos);
    }

    /** The character {@code k} positions ahead, counting no continuations. */
    int peek(int k) {
        int i = skipContinuations(pos);
        for (int j = 0; j < k; j++) {
            i = skipContinuations(i + 1);
        }
        return raw(i);
    }

    void advance() {
        pos = skipContinuations(pos) + 1;
    }

    void advance(int n) {
        for (int i = 0; i < n; i++) {
            advance();
        }
    }

    boolean at(String s) {
        int i = skipContinuations(pos);
        for (int k = 0; k < s.length(); k++) {
            if (k > 0) {
                i = skipContinuations(i);
            }
            if (raw(i) != s.charAt(k)) {
                return false;
            }
            i++;
        }
        return true;
    }

    boolean atEnd() {
        return peek() == EOF;
    }

    static boolean isBlank(int c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    /** Characters that end an unquoted word. */
    static boolean isMeta(int c) {
        return isBlank(c) || c == '\n' || c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<'
                || c == '>';
    }

    static boolean isNameStart(int c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isNameChar(int c) {
        return isNameStart(c) || (c >= '0' && c <= '9');
    }

    void skipBlanks() {
        while (isBlank(peek())) {
            pos++;
        }
    }

    /** Skips a comment up to (not including) the newline. Continuations do not extend comments. */
    void skipComment() {
        if (peek() == '#') {
            while (raw(pos) != EOF && raw(pos) != '\n') {
                pos++;
            }
        }
    }

    void error(int offset, String message) {
        if (errors.size() < 1000) {
            errors.add(new ShellError(Math.min(offset, src.length()), message));
        }
    }
}
