package dev.dockwright.shell;

import dev.dockwright.shell.ast.AnsiCQuoted;
import dev.dockwright.shell.ast.ArithmeticExpansion;
import dev.dockwright.shell.ast.CommandList;
import dev.dockwright.shell.ast.CommandSubstitution;
import dev.dockwright.shell.ast.DoubleQuoted;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.ParameterExpansion;
import dev.dockwright.shell.ast.ProcessSubstitution;
import dev.dockwright.shell.ast.SingleQuoted;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads words: quoting, escapes and expansions. Command substitutions are handed back to the
 * grammar ({@link Parser}) so their insides become real commands.
 */
final class WordReader {

    /** Where a word ends. */
    enum Mode {
        /** an ordinary word: ends at a blank or an operator character */
        NORMAL,
        /** the argument of {@code ${x:-...}}: ends at the closing brace; blanks are part of it */
        PARAM,
        /** the right side of {@code =~} in {@code [[ ]]}: ends only at a blank */
        REGEX
    }

    private static final String[] PARAM_OPERATORS = {
        ":-", ":=", ":?", ":+", "##", "%%", "//", "/#", "/%", "^^", ",,", "-", "=", "?", "+", "#", "%", "/", "^", ",",
        "@", ":"
    };

    private final Scanner sc;
    private final Parser parser;

    WordReader(Scanner sc, Parser parser) {
        this.sc = sc;
        this.parser = parser;
    }

    /** Reads a word at the current position, or returns null when no word starts here. */
    Word read(Mode mode) {
        int start = sc.skipContinuations(sc.pos);
        List<WordPart> parts = readParts(mode);
        if (parts.isEmpty() && sc.pos == start) {
            return null;
        }
        return new Word(parts, sc.src.substring(start, sc.pos), new Span(start, sc.pos));
    }

    private List<WordPart> readParts(Mode mode) {
        List<WordPart> parts = new ArrayList<>();
        LiteralBuffer lit = new LiteralBuffer(parts);
        while (true) {
            int c = sc.peek();
            if (c == Scanner.EOF) {
                break;
            }
            if (mode == Mode.NORMAL && Scanner.isMeta(c)) {
                if ((c == '<' || c == '>') && sc.peek(1) == '(' && parts.isEmpty() && lit.isEmpty()) {
                    parts.add(processSubstitution());
                    continue;
                }
                break;
            }
            if (mode == Mode.REGEX && (Scanner.isBlank(c) || c == '\n')) {
                break;
            }
            if (mode == Mode.PARAM && c == '}') {
                break;
            }
            switch (c) {
                case '\'' -> {
                    lit.flush(sc.pos);
                    parts.add(singleQuoted());
                }
                case '"' -> {
                    lit.flush(sc.pos);
                    parts.add(doubleQuoted(sc.pos));
                }
                case '`' -> {
                    lit.flush(sc.pos);
                    parts.add(backquoted());
                }
                case '$' -> dollar(parts, lit, true);
                case '\\' -> {
                    lit.mark(sc.pos);
                    if (sc.raw(sc.pos + 1) == Scanner.EOF) {
                        lit.append('\\');
                        sc.pos++;
                    } else {
                        lit.append((char) sc.raw(sc.pos + 1));
                        sc.pos += 2;
                    }
                }
                default -> {
                    lit.mark(sc.pos);
                    if (mode == Mode.NORMAL && "?*+@!".indexOf(c) >= 0 && sc.peek(1) == '(') {
                        extglob(lit);
                    } else {
                        lit.append((char) c);
                        sc.pos++;
                    }
                }
            }
        }
        lit.flush(sc.pos);
        return parts;
    }

    /** {@code $...} at the current position; appends a part, or a literal dollar sign. */
    private void dollar(List<WordPart> parts, LiteralBuffer lit, boolean allowQuotes) {
        int start = sc.pos;
        int next = sc.peek(1);
        WordPart part = null;
        if (allowQuotes && next == '\'') {
            lit.flush(start);
            part = ansiC();
        } else if (allowQuotes && next == '"') {
            lit.flush(start);
            sc.advance();
            part = doubleQuoted(start);
        } else {
            part = expansion();
        }
        if (part == null) {
            lit.mark(start);
            lit.append('$');
            sc.advance();
        } else {
            lit.flush(start);
            parts.add(part);
        }
    }

    /** A parameter, command or arithmetic expansion at {@code $}, or null when the dollar is literal. */
    private WordPart expansion() {
        int start = sc.skipContinuations(sc.pos);
        int next = sc.peek(1);
        if (next == '{') {
            return braced(start);
        }
        if (next == '(') {
            if (sc.peek(2) == '(') {
                WordPart arith = arithmetic(start);
                if (arith != null) {
                    return arith;
                }
            }
            return commandSubstitution(start);
        }
        if (Scanner.isNameStart(next)) {
            sc.advance();
            StringBuilder name = new StringBuilder();
            while (Scanner.isNameChar(sc.peek())) {
                name.append((char) sc.peek());
                sc.pos++;
            }
            return simple(start, name.toString());
        }
        if ((next >= '0' && next <= '9') || (next != Scanner.EOF && "@*#?-$!".indexOf(next) >= 0)) {
            sc.advance(2);
            return simple(start, String.valueOf((char) next));
        }
        return null;
    }

    private ParameterExpansion simple(int start, String name) {
        return new ParameterExpansion(name, "", "", Optional.empty(), false, text(start), new Span(start, sc.pos));
    }

    private WordPart braced(int start) {
        sc.advance(2);
        if (!parser.enter(start)) {
            return new ParameterExpansion("", "", "", Optional.empty(), true, text(start), new Span(start, sc.pos));
        }
        try {
            String prefix = "";
            int c = sc.peek();
            if ((c == '#' || c == '!') && sc.peek(1) != '}' && sc.peek(1) != Scanner.EOF
                    && !(c == '#' && isOperatorAhead(1))) {
                prefix = String.valueOf((char) c);
                sc.advance();
            }
            StringBuilder name = new StringBuilder();
            c = sc.peek();
            if (Scanner.isNameStart(c)) {
                while (Scanner.isNameChar(sc.peek())) {
                    name.append((char) sc.peek());
                    sc.pos++;
                }
            } else if (c >= '0' && c <= '9') {
                while (sc.peek() >= '0' && sc.peek() <= '9') {
                    name.append((char) sc.peek());
                    sc.pos++;
                }
            } else if (c != Scanner.EOF && "@*#?-$!".indexOf(c) >= 0) {
                name.append((char) c);
                sc.advance();
            }
            if (sc.peek() == '[') {
                subscript(name);
            }
            String operator = "";
            for (String op : PARAM_OPERATORS) {
                if (sc.at(op)) {
                    operator = op;
                    sc.advance(op.length());
                    break;
                }
            }
            Optional<Word> argument = Optional.empty();
            if (!operator.isEmpty() || sc.peek() != '}') {
                int argStart = sc.skipContinuations(sc.pos);
                List<WordPart> parts = readParts(Mode.PARAM);
                argument = Optional.of(new Word(parts, sc.src.substring(argStart, sc.pos), new Span(argStart, sc.pos)));
            }
            if (sc.peek() == '}') {
                sc.advance();
            } else {
                sc.error(start, "unterminated `${`");
            }
            return new ParameterExpansion(name.toString(), prefix, operator, argument, true, text(start),
                    new Span(start, sc.pos));
        } finally {
            parser.leave();
        }
    }

    /** True when an operator (not a name) follows at {@code k}: {@code ${#}} vs {@code ${#x}}. */
    private boolean isOperatorAhead(int k) {
        int c = sc.peek(k);
        return c == '}' || c == ':' || c == '=' || c == '+' || c == '?' || c == '%' || c == '/';
    }

    private void subscript(StringBuilder name) {
        int depth = 0;
        while (sc.peek() != Scanner.EOF) {
            int c = sc.peek();
            name.append((char) c);
            sc.pos++;
            if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return;
            }
        }
    }

    /** {@code $(( ... ))}, or null when the text is really {@code $( ( ... ) ... )}. */
    private WordPart arithmetic(int start) {
        int open = sc.skipContinuations(sc.pos);
        int end = matchDoubleParen(open + 3);
        if (end < 0) {
            return null;
        }
        String expr = sc.src.substring(open + 3, end);
        sc.pos = end + 2;
        return new ArithmeticExpansion(expr, text(start), new Span(start, sc.pos));
    }

    /** Index of the {@code ))} closing an arithmetic context whose text starts at {@code from}, or -1. */
    int matchDoubleParen(int from) {
        int depth = 0;
        for (int i = from; i < sc.limit; i++) {
            char c = sc.src.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (depth > 0) {
                    depth--;
                } else {
                    return sc.raw(i + 1) == ')' ? i : -1;
                }
            }
        }
        return -1;
    }

    private WordPart commandSubstitution(int start) {
        sc.advance(2);
        CommandList body = parser.parseNested(start, "`$(`");
        return new CommandSubstitution(body, false, text(start), new Span(start, sc.pos));
    }

    private WordPart processSubstitution() {
        int start = sc.skipContinuations(sc.pos);
        char dir = (char) sc.peek();
        sc.advance(2);
        CommandList body = parser.parseNested(start, "process substitution");
        return new ProcessSubstitution(dir, body, text(start), new Span(start, sc.pos));
    }

    private WordPart backquoted() {
        int start = sc.pos;
        int i = start + 1;
        while (i < sc.limit && sc.src.charAt(i) != '`') {
            i += sc.src.charAt(i) == '\\' ? 2 : 1;
        }
        int close = Math.min(i, sc.limit);
        CommandList body = parser.parseRange(start + 1, close);
        if (close >= sc.limit) {
            sc.error(start, "unterminated backquote");
            sc.pos = sc.limit;
        } else {
            sc.pos = close + 1;
        }
        return new CommandSubstitution(body, true, text(start), new Span(start, sc.pos));
    }

    private WordPart singleQuoted() {
        int start = sc.pos;
        int close = sc.src.indexOf('\'', start + 1);
        if (close < 0 || close >= sc.limit) {
            sc.error(start, "unterminated single quote");
            sc.pos = sc.limit;
            return new SingleQuoted(sc.src.substring(start + 1, sc.limit), new Span(start, sc.limit));
        }
        sc.pos = close + 1;
        return new SingleQuoted(sc.src.substring(start + 1, close), new Span(start, sc.pos));
    }

    /** {@code "..."} (or {@code $"..."}: then {@code start} is at the dollar); the quote is at the current position. */
    private WordPart doubleQuoted(int start) {
        sc.advance();
        List<WordPart> parts = new ArrayList<>();
        LiteralBuffer lit = new LiteralBuffer(parts);
        while (true) {
            int c = sc.peek();
            if (c == Scanner.EOF) {
                sc.error(start, "unterminated double quote");
                break;
            }
            if (c == '"') {
                lit.flush(sc.pos);
                sc.pos++;
                return new DoubleQuoted(parts, new Span(start, sc.pos));
            }
            if (c == '\\') {
                int n = sc.raw(sc.pos + 1);
                lit.mark(sc.pos);
                if (n == '$' || n == '`' || n == '"' || n == '\\') {
                    lit.append((char) n);
                    sc.pos += 2;
                } else {
                    lit.append('\\');
                    sc.pos++;
                }
            } else if (c == '$') {
                dollar(parts, lit, false);
            } else if (c == '`') {
                lit.flush(sc.pos);
                parts.add(backquoted());
            } else {
                lit.mark(sc.pos);
                lit.append((char) c);
                sc.pos++;
            }
        }
        lit.flush(sc.pos);
        return new DoubleQuoted(parts, new Span(start, sc.pos));
    }

    private WordPart ansiC() {
        int start = sc.pos;
        sc.advance(2);
        AnsiC.Result r = AnsiC.decode(sc.src, sc.pos, sc.limit);
        if (r.end() < 0) {
            sc.error(start, "unterminated `$'`");
            sc.pos = sc.limit;
        } else {
            sc.pos = r.end() + 1;
        }
        return new AnsiCQuoted(r.value(), new Span(start, sc.pos));
    }

    /** Bash extended globs such as {@code @(a|b)}: kept literal, parentheses balanced. */
    private void extglob(LiteralBuffer lit) {
        lit.append((char) sc.raw(sc.pos));
        sc.pos++;
        int depth = 0;
        do {
            int c = sc.raw(sc.pos);
            if (c == Scanner.EOF) {
                return;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
            lit.append((char) c);
            sc.pos++;
        } while (depth > 0);
    }

    /** The body of an unquoted here-document: expansions and {@code \$ \` \\} escapes, quotes literal. */
    List<WordPart> heredocBody(int start, int end, List<ShellError> errors) {
        Parser child = parser.child(start, end, errors);
        return child.words().heredocParts();
    }

    private List<WordPart> heredocParts() {
        List<WordPart> parts = new ArrayList<>();
        LiteralBuffer lit = new LiteralBuffer(parts);
        while (sc.peek() != Scanner.EOF) {
            int c = sc.peek();
            if (c == '$') {
                dollar(parts, lit, false);
            } else if (c == '`') {
                lit.flush(sc.pos);
                parts.add(backquoted());
            } else if (c == '\\' && "$`\\".indexOf(sc.raw(sc.pos + 1)) >= 0 && sc.raw(sc.pos + 1) != Scanner.EOF) {
                lit.mark(sc.pos);
                lit.append((char) sc.raw(sc.pos + 1));
                sc.pos += 2;
            } else {
                lit.mark(sc.pos);
                lit.append((char) c);
                sc.pos++;
            }
        }
        lit.flush(sc.pos);
        return parts;
    }

    private String text(int start) {
        return sc.src.substring(start, sc.pos);
    }

    /** Collects adjacent literal characters into one {@link Literal} part. */
    private static final class LiteralBuffer {
        private final List<WordPart> parts;
        private final StringBuilder sb = new StringBuilder();
        private int start = -1;

        LiteralBuffer(List<WordPart> parts) {
            this.parts = parts;
        }

        void mark(int at) {
            if (start < 0) {
                start = at;
            }
        }

        void append(char c) {
            sb.append(c);
        }

        boolean isEmpty() {
            return start < 0;
        }

        void flush(int end) {
            if (start >= 0) {
                parts.add(new Literal(sb.toString(), new Span(start, Math.max(start, end))));
                sb.setLength(0);
                start = -1;
            }
        }
    }
}
