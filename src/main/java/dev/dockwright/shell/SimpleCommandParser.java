package dev.dockwright.shell;

import dev.dockwright.shell.ast.Assignment;
import dev.dockwright.shell.ast.Heredoc;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.Redirect;
import dev.dockwright.shell.ast.RedirectOperator;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Word;
import dev.dockwright.shell.ast.WordPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Simple commands: prefix assignments (including bash arrays), words and redirections in any order. */
final class SimpleCommandParser {

    private static final Pattern ASSIGNMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*(?:\\[[^\\]]*\\])?)(\\+?)=");

    /** Longest first, so that {@code <<-} wins over {@code <<} and {@code <}. */
    private static final RedirectOperator[] OPERATORS = {
        RedirectOperator.ALL_APPEND, RedirectOperator.HERESTRING, RedirectOperator.HEREDOC_STRIP,
        RedirectOperator.ALL_OUT, RedirectOperator.HEREDOC, RedirectOperator.DUP_IN, RedirectOperator.IN_OUT,
        RedirectOperator.APPEND, RedirectOperator.DUP_OUT, RedirectOperator.CLOBBER, RedirectOperator.IN,
        RedirectOperator.OUT
    };

    private final Parser p;
    private final Scanner sc;

    SimpleCommandParser(Parser p) {
        this.p = p;
        this.sc = p.sc;
    }

    SimpleCommand parse(int start) {
        List<Assignment> assignments = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<Redirect> redirects = new ArrayList<>();
        int end = start;
        while (true) {
            sc.skipBlanks();
            int c = sc.peek();
            if (c == Scanner.EOF) {
                break;
            }
            if (atRedirect()) {
                redirects.add(redirect());
                end = sc.pos;
                continue;
            }
            if (c == '(' && !words.isEmpty()) {
                sc.error(sc.pos, "syntax error near unexpected token `(`");
                break;
            }
            if (Scanner.isMeta(c) && !(c == '<' || c == '>') || c == '#') {
                break;
            }
            Word w = p.readWord(WordReader.Mode.NORMAL);
            if (w == null) {
                break;
            }
            end = sc.pos;
            Assignment a = words.isEmpty() ? assignment(w) : null;
            if (a != null) {
                assignments.add(a);
                end = sc.pos;
            } else {
                words.add(w);
            }
        }
        return new SimpleCommand(assignments, words, redirects, new Span(start, Math.max(start, end)));
    }

    /** {@code NAME=value} as an assignment (reading an array when {@code (} follows), or null. */
    private Assignment assignment(Word w) {
        if (w.parts().isEmpty() || !(w.parts().get(0) instanceof Literal first)) {
            return null;
        }
        Matcher m = ASSIGNMENT.matcher(first.value());
        if (!m.lookingAt()) {
            return null;
        }
        String name = m.group(1);
        boolean append = !m.group(2).isEmpty();
        int prefixLength = m.end();
        int valueStart = sc.src.startsWith(first.value().substring(0, prefixLength), first.span().start())
                ? first.span().start() + prefixLength
                : first.span().end();
        valueStart = Math.min(valueStart, w.span().end());
        if (w.parts().size() == 1 && prefixLength == first.value().length() && sc.pos == w.span().end()
                && sc.raw(sc.pos) == '(') {
            return array(w, name, append);
        }
        List<WordPart> valueParts = new ArrayList<>();
        String rest = first.value().substring(prefixLength);
        if (!rest.isEmpty()) {
            valueParts.add(new Literal(rest, new Span(valueStart, first.span().end())));
        }
        valueParts.addAll(w.parts().subList(1, w.parts().size()));
        Word value = new Word(valueParts, sc.src.substring(valueStart, w.span().end()),
                new Span(valueStart, w.span().end()));
        return new Assignment(name, append, Optional.of(value), List.of(), false, w.span());
    }

    private Assignment array(Word w, String name, boolean append) {
        int open = sc.pos;
        sc.advance();
        List<Word> elements = new ArrayList<>();
        while (true) {
            p.skipLinebreaks();
            int c = sc.peek();
            if (c == ')') {
                sc.advance();
                break;
            }
            if (c == Scanner.EOF) {
                sc.error(open, "unterminated array assignment");
                break;
            }
            Word e = p.readWord(WordReader.Mode.NORMAL);
            if (e == null) {
                sc.error(sc.pos, "unexpected `" + (char) c + "` in array assignment");
                sc.advance();
                continue;
            }
            elements.add(e);
        }
        return new Assignment(name, append, Optional.empty(), elements, true, new Span(w.span().start(), sc.pos));
    }

    /** True when a redirection starts here: {@code [n]op}, {@code {var}op}, {@code &>}. */
    boolean atRedirect() {
        int i = sc.skipContinuations(sc.pos);
        int c = sc.raw(i);
        if (c >= '0' && c <= '9') {
            int j = i;
            while (sc.raw(j) >= '0' && sc.raw(j) <= '9') {
                j++;
            }
            return (sc.raw(j) == '<' || sc.raw(j) == '>') && sc.raw(j + 1) != '(';
        }
        if (c == '{') {
            int j = i + 1;
            while (Scanner.isNameChar(sc.raw(j))) {
                j++;
            }
            return j > i + 1 && sc.raw(j) == '}' && (sc.raw(j + 1) == '<' || sc.raw(j + 1) == '>');
        }
        if (c == '<' || c == '>') {
            return sc.raw(i + 1) != '(';
        }
        return c == '&' && sc.raw(i + 1) == '>';
    }

    Redirect redirect() {
        int start = sc.skipContinuations(sc.pos);
        Optional<String> fd = Optional.empty();
        int c = sc.peek();
        if (c >= '0' && c <= '9' || c == '{') {
            int j = start;
            while (sc.raw(j) != '<' && sc.raw(j) != '>') {
                j++;
            }
            fd = Optional.of(sc.src.substring(start, j));
            sc.pos = j;
        }
        RedirectOperator op = RedirectOperator.OUT;
        for (RedirectOperator candidate : OPERATORS) {
            if (sc.at(candidate.symbol())) {
                op = candidate;
                break;
            }
        }
        int opAt = sc.skipContinuations(sc.pos);
        sc.advance(op.symbol().length());
        sc.skipBlanks();
        Word target = p.readWord(WordReader.Mode.NORMAL);
        if (target == null) {
            sc.error(opAt, "expected a word after `" + op.symbol() + "`");
            target = new Word(List.of(), "", new Span(sc.pos, sc.pos));
        }
        Optional<Heredoc> heredoc = Optional.empty();
        if (op.isHeredoc()) {
            String delimiter = target.unquoted();
            boolean quoted = target.hasQuotes() || target.text().indexOf('\\') >= 0;
            boolean strip = op == RedirectOperator.HEREDOC_STRIP;
            sc.heredocs.open(start, delimiter, strip, quoted);
            heredoc = Optional.of(sc.heredocs.lookup(start, delimiter, strip, quoted));
        }
        return new Redirect(fd, op, target, heredoc, new Span(start, sc.pos));
    }
}
