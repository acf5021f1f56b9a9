package dev.dockwright.shell;

import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.Command;
import dev.dockwright.shell.ast.CommandList;
import dev.dockwright.shell.ast.ListItem;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent grammar for command lists, and-or lists and pipelines (POSIX sh 2.9 with
 * bash's {@code |&} and {@code time}). Commands themselves are read by {@link CommandParser}.
 * Nothing here throws on bad input: problems become {@link ShellError}s and parsing resumes at the
 * next sensible point, always consuming input so that it terminates.
 */
final class Parser {

    static final int MAX_DEPTH = 200;

    /** Reserved words that close a construct; met elsewhere they are syntax errors. */
    static final Set<String> CLOSERS = Set.of("then", "elif", "else", "fi", "do", "done", "esac", "}", "]]");

    static final Set<String> RESERVED = Set.of("if", "then", "elif", "else", "fi", "do", "done", "case", "esac",
            "while", "until", "for", "select", "in", "function", "time", "{", "}", "!", "[[", "]]");

    final Scanner sc;
    private final WordReader words;
    private final CommandParser commands;
    private final int[] depth;
    /** How many enclosing {@code (}, {@code $(} are open: lists inside them stop at {@code )}. */
    int parenContexts;

    Parser(String src, int start, int limit, List<ShellError> errors, HeredocBook heredocs, int[] depth) {
        this.sc = new Scanner(src, start, limit, errors, heredocs);
        this.words = new WordReader(sc, this);
        this.commands = new CommandParser(this);
        this.depth = depth;
    }

    WordReader words() {
        return words;
    }

    /** A parser for {@code [start, end)} of the same text, sharing errors and depth. */
    Parser child(int start, int end, List<ShellError> errors) {
        return new Parser(sc.src, start, end, errors, new HeredocBook(java.util.Map.of()), depth);
    }

    CommandList parseScript() {
        CommandList list = parseList(Set.of(), false, false);
        sc.heredocs.closeAtEnd(sc);
        return list;
    }

    /** Enters one level of nesting; false (with an error, input skipped) when too deep. */
    boolean enter(int offset) {
        if (++depth[0] > MAX_DEPTH) {
            depth[0]--;
            sc.error(offset, "nesting too deep");
            sc.pos = sc.limit;
            return false;
        }
        return true;
    }

    void leave() {
        depth[0]--;
    }

    /** The body of {@code $(...)} or {@code <(...)}: the opening is consumed, the closing paren is consumed here. */
    CommandList parseNested(int start, String what) {
        if (!enter(start)) {
            return new CommandList(List.of(), new Span(sc.pos, sc.pos));
        }
        parenContexts++;
        try {
            CommandList body = parseList(Set.of(), true, false);
            if (sc.peek() == ')') {
                sc.advance();
            } else {
                sc.error(start, "unterminated " + what);
            }
            return body;
        } finally {
            parenContexts--;
            leave();
        }
    }

    /** A backquoted body: parsed by a child limited to the text between the backquotes. */
    CommandList parseRange(int start, int end) {
        if (!enter(start)) {
            return new CommandList(List.of(), new Span(start, start));
        }
        try {
            Parser child = new Parser(sc.src, start, end, sc.errors, new HeredocBook(java.util.Map.of()), depth);
            CommandList list = child.parseList(Set.of(), false, false);
            child.sc.heredocs.closeAtEnd(child.sc);
            return list;
        } finally {
            leave();
        }
    }

    /**
     * A list of and-or lists up to the end of input, a reserved word in {@code stopWords}, a closing
     * paren (when inside one), or a case terminator ({@code ;;}, {@code ;&}) when {@code inCase}.
     */
    CommandList parseList(Set<String> stopWords, boolean stopAtParen, boolean inCase) {
        int start = sc.skipContinuations(sc.pos);
        List<ListItem> items = new ArrayList<>();
        while (true) {
            skipLinebreaks();
            if (atStop(stopWords, stopAtParen, inCase)) {
                break;
            }
            int before = sc.pos;
            if (unexpectedToken()) {
                continue;
            }
            AndOr andOr = parseAndOr();
            if (andOr == null) {
                if (sc.pos == before) {
                    sc.error(before, "syntax error near `" + (char) sc.peek() + "`");
                    sc.advance();
                }
                continue;
            }
            sc.skipBlanks();
            ListItem.Separator sep = separator(inCase);
            items.add(new ListItem(andOr, sep, new Span(andOr.span().start(), Math.max(andOr.span().end(), sc.pos))));
            if (sep == ListItem.Separator.NONE && !atStop(stopWords, stopAtParen, inCase)) {
                int c = sc.peek();
                if (c != ')' && c != ';' && c != '&' && c != '|') {
                    sc.error(sc.pos, "syntax error near `" + describe() + "` (missing `;` or newline?)");
                }
            }
        }
        int end = items.isEmpty() ? start : items.get(items.size() - 1).span().end();
        return new CommandList(items, new Span(Math.min(start, end), end));
    }

    private ListItem.Separator separator(boolean inCase) {
        int c = sc.peek();
        if (c == ';' && !sc.at(";;") && !sc.at(";&")) {
            sc.advance();
            return ListItem.Separator.SEMICOLON;
        }
        if (c == '&' && !sc.at("&&") && !sc.at("&>")) {
            sc.advance();
            return ListItem.Separator.AMPERSAND;
        }
        if (c == '#') {
            sc.skipComment();
            c = sc.peek();
        }
        if (c == '\n') {
            newline();
            return ListItem.Separator.NEWLINE;
        }
        return ListItem.Separator.NONE;
    }

    /** Reports and skips a token that cannot start a command here. */
    private boolean unexpectedToken() {
        int c = sc.peek();
        String token = null;
        if (c == ')') {
            token = ")";
        } else if (sc.at(";;&")) {
            token = ";;&";
        } else if (sc.at(";;") || sc.at(";&") || sc.at("&&") || sc.at("||") || sc.at("|&")) {
            token = sc.at(";;") ? ";;" : sc.at(";&") ? ";&" : sc.at("&&") ? "&&" : sc.at("||") ? "||" : "|&";
        } else if ((c == ';' || c == '&' || c == '|') && !sc.at("&>")) {
            token = String.valueOf((char) c);
        } else {
            String w = peekReserved();
            if (w != null && CLOSERS.contains(w)) {
                token = w;
            }
        }
        if (token == null) {
            return false;
        }
        sc.error(sc.skipContinuations(sc.pos), "syntax error near unexpected token `" + token + "`");
        sc.advance(token.length());
        return true;
    }

    boolean atStop(Set<String> stopWords, boolean stopAtParen, boolean inCase) {
        sc.skipBlanks();
        int c = sc.peek();
        if (c == Scanner.EOF) {
            return true;
        }
        if (c == ')' && (stopAtParen || parenContexts > 0)) {
            return true;
        }
        if (inCase && (sc.at(";;") || sc.at(";&"))) {
            return true;
        }
        String w = peekReserved();
        return w != null && stopWords.contains(w);
    }

    AndOr parseAndOr() {
        int start = sc.skipContinuations(sc.pos);
        Pipeline first = parsePipeline();
        if (first == null) {
            return null;
        }
        List<Pipeline> pipelines = new ArrayList<>(List.of(first));
        List<AndOr.Operator> ops = new ArrayList<>();
        while (true) {
            sc.skipBlanks();
            AndOr.Operator op = sc.at("&&") ? AndOr.Operator.AND : sc.at("||") ? AndOr.Operator.OR : null;
            if (op == null) {
                break;
            }
            int opAt = sc.skipContinuations(sc.pos);
            sc.advance(2);
            skipLinebreaks();
            Pipeline next = parsePipeline();
            if (next == null) {
                sc.error(opAt, "expected a command after `" + op.symbol() + "`");
                break;
            }
            ops.add(op);
            pipelines.add(next);
        }
        int end = pipelines.get(pipelines.size() - 1).span().end();
        return new AndOr(pipelines, ops, new Span(start, end));
    }

    Pipeline parsePipeline() {
        sc.skipBlanks();
        int start = sc.skipContinuations(sc.pos);
        boolean timed = false;
        boolean negated = false;
        while (true) {
            String w = peekReserved();
            if ("time".equals(w) && !timed) {
                consumeReserved(w);
                timed = true;
                sc.skipBlanks();
                if (sc.at("-p") && isDelimiter(sc.peek(2))) {
                    sc.advance(2);
                }
            } else if ("!".equals(w)) {
                consumeReserved(w);
                negated = !negated;
            } else {
                break;
            }
            sc.skipBlanks();
        }
        List<Command> cmds = new ArrayList<>();
        List<Boolean> pipeAll = new ArrayList<>();
        Command first = commands.parseCommand();
        if (first == null) {
            if (timed || negated) {
                sc.error(start, "expected a command after `" + (negated ? "!" : "time") + "`");
            }
            return null;
        }
        cmds.add(first);
        while (true) {
            sc.skipBlanks();
            if (sc.at("||") || sc.peek() != '|') {
                break;
            }
            int opAt = sc.skipContinuations(sc.pos);
            boolean all = sc.at("|&");
            sc.advance(all ? 2 : 1);
            skipLinebreaks();
            Command next = commands.parseCommand();
            if (next == null) {
                sc.error(opAt, "expected a command after `" + (all ? "|&" : "|") + "`");
                break;
            }
            pipeAll.add(all);
            cmds.add(next);
        }
        int end = cmds.get(cmds.size() - 1).span().end();
        return new Pipeline(cmds, pipeAll, negated, timed, new Span(start, end));
    }

    /** Blanks, comments and newlines (reading here-document bodies after each newline). */
    void skipLinebreaks() {
        while (true) {
            sc.skipBlanks();
            sc.skipComment();
            if (sc.peek() == '\n') {
                newline();
            } else {
                return;
            }
        }
    }

    /** Consumes a newline; here-documents opened on the line just ended are read now. */
    void newline() {
        sc.advance();
        if (sc.heredocs.hasPending()) {
            sc.heredocs.readBodies(sc, words);
        }
    }

    /** The reserved word at the current position, if one is there and ends at a delimiter. */
    String peekReserved() {
        int i = sc.skipContinuations(sc.pos);
        int c = sc.raw(i);
        String w;
        if (c == '[' && sc.raw(i + 1) == '[') {
            w = "[[";
        } else if (c == ']' && sc.raw(i + 1) == ']') {
            w = "]]";
        } else if (c == '{' || c == '}' || c == '!') {
            w = String.valueOf((char) c);
        } else if (c >= 'a' && c <= 'z') {
            int j = i;
            while (sc.raw(j) >= 'a' && sc.raw(j) <= 'z') {
                j++;
            }
            w = sc.src.substring(i, j);
            if (!RESERVED.contains(w)) {
                return null;
            }
        } else {
            return null;
        }
        int after = sc.raw(i + w.length());
        if (w.equals("{") || w.equals("!")) {
            return Scanner.isBlank(after) || after == '\n' || (w.equals("!") && after == '(') ? w : null;
        }
        return isDelimiter(after) ? w : null;
    }

    static boolean isDelimiter(int c) {
        return c == Scanner.EOF || Scanner.isMeta(c);
    }

    void consumeReserved(String w) {
        sc.pos = sc.skipContinuations(sc.pos) + w.length();
    }

    /** Expects a reserved word; reports that {@code what} (opened at {@code openedAt}) lacks it. */
    boolean expect(String w, int openedAt, String what) {
        skipLinebreaks();
        if (w.equals(peekReserved())) {
            consumeReserved(w);
            return true;
        }
        sc.error(openedAt, what + " without matching `" + w + "`");
        return false;
    }

    Word readWord(WordReader.Mode mode) {
        return words.read(mode);
    }

    String describe() {
        int i = sc.skipContinuations(sc.pos);
        if (i >= sc.limit) {
            return "end of input";
        }
        int j = i;
        while (j < sc.limit && j < i + 10 && !Scanner.isBlank(sc.src.charAt(j)) && sc.src.charAt(j) != '\n') {
            j++;
        }
        return j == i ? String.valueOf(sc.src.charAt(i)) : sc.src.substring(i, j);
    }
}
