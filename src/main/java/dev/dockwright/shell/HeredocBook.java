package dev.dockwright.shell;

import dev.dockwright.shell.ast.Heredoc;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.WordPart;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Here-document bookkeeping. A body starts on the line after the command that opened it, so the
 * tree node for {@code <<EOF} is built before its body has been seen. To keep the tree immutable the
 * parser runs twice when a script has here-documents: the first pass finds the bodies (keyed by the
 * offset of their {@code <<} operator), the second builds the tree with them.
 */
final class HeredocBook {

    /** A body found in an earlier pass, with where reading resumes after its delimiter line. */
    record Found(Heredoc heredoc, int resumeAt, List<ShellError> errors) {}

    private record Pending(int key, String delimiter, boolean stripTabs, boolean quoted) {}

    private final Map<Integer, Found> known;
    private final Map<Integer, Found> found = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();

    HeredocBook(Map<Integer, Found> known) {
        this.known = known;
    }

    Map<Integer, Found> found() {
        return found;
    }

    /** The body of the here-document opened at {@code key}, when an earlier pass found it. */
    Heredoc lookup(int key, String delimiter, boolean stripTabs, boolean quoted) {
        Found f = known.get(key);
        if (f != null) {
            return f.heredoc();
        }
        return new Heredoc(delimiter, quoted, stripTabs, List.of(), false, new Span(key, key));
    }

    void open(int key, String delimiter, boolean stripTabs, boolean quoted) {
        pending.add(new Pending(key, delimiter, stripTabs, quoted));
    }

    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** Called right after a newline is consumed: reads the bodies of the here-documents opened on that line. */
    void readBodies(Scanner sc, WordReader words) {
        List<Pending> todo = new ArrayList<>(pending);
        pending.clear();
        for (Pending p : todo) {
            Found f = known.get(p.key());
            if (f == null) {
                f = scan(sc, words, p);
            }
            found.put(p.key(), f);
            sc.errors.addAll(f.errors());
            sc.pos = Math.max(sc.pos, f.resumeAt());
        }
    }

    private Found scan(Scanner sc, WordReader words, Pending p) {
        int bodyStart = sc.pos;
        int line = bodyStart;
        while (line < sc.limit) {
            int nl = sc.src.indexOf('\n', line);
            int lineEnd = nl < 0 || nl >= sc.limit ? sc.limit : nl;
            String text = sc.src.substring(line, lineEnd);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (p.stripTabs()) {
                text = text.replaceFirst("^\t+", "");
            }
            if (text.equals(p.delimiter())) {
                int resume = lineEnd < sc.limit ? lineEnd + 1 : lineEnd;
                return body(sc, words, p, bodyStart, line, true, resume);
            }
            line = lineEnd + 1;
        }
        List<ShellError> errs = List.of(new ShellError(p.key(),
                "here-document delimited by end of input (wanted `" + p.delimiter() + "`)"));
        Found f = body(sc, words, p, bodyStart, sc.limit, false, sc.limit);
        return new Found(f.heredoc(), f.resumeAt(), errs);
    }

    private Found body(Scanner sc, WordReader words, Pending p, int start, int end, boolean terminated, int resume) {
        List<ShellError> errs = new ArrayList<>();
        List<WordPart> parts;
        if (p.quoted()) {
            parts = start == end ? List.of() : List.of(new Literal(sc.src.substring(start, end), new Span(start, end)));
        } else {
            parts = words.heredocBody(start, end, errs);
        }
        Heredoc h = new Heredoc(p.delimiter(), p.quoted(), p.stripTabs(), parts, terminated, new Span(start, end));
        return new Found(h, resume, errs);
    }

    /** At the end of input: here-documents whose line never ended get an empty body. */
    void closeAtEnd(Scanner sc) {
        for (Pending p : pending) {
            Found f = known.get(p.key());
            if (f == null) {
                int end = sc.limit;
                Heredoc h = new Heredoc(p.delimiter(), p.quoted(), p.stripTabs(), List.of(), false, new Span(end, end));
                f = new Found(h, end, List.of(new ShellError(p.key(),
                        "here-document delimited by end of input (wanted `" + p.delimiter() + "`)")));
            }
            found.put(p.key(), f);
            sc.errors.addAll(f.errors());
        }
        pending.clear();
    }
}
