package dev.dockwright.shell;

import dev.dockwright.shell.ast.AndOr;
import dev.dockwright.shell.ast.ArithmeticCommand;
import dev.dockwright.shell.ast.ArithmeticForCommand;
import dev.dockwright.shell.ast.BraceGroup;
import dev.dockwright.shell.ast.CaseCommand;
import dev.dockwright.shell.ast.CaseItem;
import dev.dockwright.shell.ast.Command;
import dev.dockwright.shell.ast.CommandList;
import dev.dockwright.shell.ast.ForCommand;
import dev.dockwright.shell.ast.FunctionDefinition;
import dev.dockwright.shell.ast.IfBranch;
import dev.dockwright.shell.ast.IfCommand;
import dev.dockwright.shell.ast.ListItem;
import dev.dockwright.shell.ast.Literal;
import dev.dockwright.shell.ast.Pipeline;
import dev.dockwright.shell.ast.SimpleCommand;
import dev.dockwright.shell.ast.Redirect;
import dev.dockwright.shell.ast.Span;
import dev.dockwright.shell.ast.Subshell;
import dev.dockwright.shell.ast.TestCommand;
import dev.dockwright.shell.ast.WhileCommand;
import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Parses one command: compound commands and function definitions here, simple commands in {@link SimpleCommandParser}. */
final class CommandParser {

    private final Parser p;
    private final Scanner sc;
    private final SimpleCommandParser simple;

    CommandParser(Parser p) {
        this.p = p;
        this.sc = p.sc;
        this.simple = new SimpleCommandParser(p);
    }

    /** A command at the current position, or null (nothing consumed) when none starts here. */
    Command parseCommand() {
        sc.skipBlanks();
        int start = sc.skipContinuations(sc.pos);
        if (!p.enter(start)) {
            return null;
        }
        try {
            return command(start);
        } finally {
            p.leave();
        }
    }

    private Command command(int start) {
        String w = p.peekReserved();
        if (w != null) {
            switch (w) {
                case "if":
                    return ifCommand(start);
                case "while":
                case "until":
                    return whileCommand(start, w);
                case "for":
                case "select":
                    return forCommand(start, w);
                case "case":
                    return caseCommand(start);
                case "{":
                    return braceGroup(start);
                case "[[":
                    return testCommand(start);
                case "function":
                    return functionKeyword(start);
                default:
                    if (Parser.CLOSERS.contains(w)) {
                        return null;
                    }
            }
        }
        int c = sc.peek();
        if (c == '(') {
            if (sc.peek(1) == '(') {
                Command arith = arithmeticCommand(start);
                if (arith != null) {
                    return arith;
                }
            }
            return subshell(start);
        }
        if (c == Scanner.EOF || c == ';' || c == '|' || c == ')' || c == '\n' || (c == '&' && !sc.at("&>"))) {
            return null;
        }
        String fn = functionNameAhead();
        if (fn != null) {
            return functionDefinition(start, fn);
        }
        return simple.parse(start);
    }

    private Command ifCommand(int start) {
        p.consumeReserved("if");
        List<IfBranch> branches = new ArrayList<>();
        Optional<CommandList> elseBody = Optional.empty();
        int branchStart = start;
        while (true) {
            CommandList cond = p.parseList(Set.of("then"), false, false);
            if (!p.expect("then", branchStart, "`if`")) {
                break;
            }
            CommandList body = p.parseList(Set.of("elif", "else", "fi"), false, false);
            branches.add(new IfBranch(cond, body, new Span(branchStart, sc.pos)));
            String w = p.peekReserved();
            if ("elif".equals(w)) {
                branchStart = sc.skipContinuations(sc.pos);
                p.consumeReserved(w);
                continue;
            }
            if ("else".equals(w)) {
                p.consumeReserved(w);
                elseBody = Optional.of(p.parseList(Set.of("fi"), false, false));
            }
            p.expect("fi", start, "`if`");
            break;
        }
        return new IfCommand(branches, elseBody, redirects(), new Span(start, sc.pos));
    }

    private Command whileCommand(int start, String keyword) {
        p.consumeReserved(keyword);
        CommandList cond = p.parseList(Set.of("do"), false, false);
        CommandList body = new CommandList(List.of(), new Span(sc.pos, sc.pos));
        if (p.expect("do", start, "`" + keyword + "`")) {
            body = p.parseList(Set.of("done"), false, false);
            p.expect("done", start, "`" + keyword + "`");
        }
        return new WhileCommand(keyword.equals("until"), cond, body, redirects(), new Span(start, sc.pos));
    }

    private Command forCommand(int start, String keyword) {
        p.consumeReserved(keyword);
        sc.skipBlanks();
        if (sc.at("((")) {
            int open = sc.skipContinuations(sc.pos);
            int close = p.words().matchDoubleParen(open + 2);
            if (close >= 0) {
                String header = sc.src.substring(open + 2, close);
                sc.pos = close + 2;
                CommandList body = loopBody(start, keyword);
                return new ArithmeticForCommand(header, body, redirects(), new Span(start, sc.pos));
            }
        }
        Word name = p.readWord(WordReader.Mode.NORMAL);
        String variable = name == null ? "" : name.unquoted();
        if (name == null) {
            sc.error(start, "expected a variable name after `" + keyword + "`");
        }
        sc.skipBlanks();
        if (sc.peek() == ';') {
            sc.advance();
        }
        p.skipLinebreaks();
        Optional<List<Word>> items = Optional.empty();
        if ("in".equals(p.peekReserved())) {
            p.consumeReserved("in");
            List<Word> list = new ArrayList<>();
            while (true) {
                sc.skipBlanks();
                int c = sc.peek();
                if (c == Scanner.EOF || c == '\n' || c == ';' || c == '#' || c == '&' || c == '|' || c == ')') {
                    break;
                }
                Word w = p.readWord(WordReader.Mode.NORMAL);
                if (w == null) {
                    sc.error(sc.pos, "unexpected `" + (char) c + "` in `" + keyword + "` word list");
                    sc.advance();
                    continue;
                }
                list.add(w);
            }
            items = Optional.of(list);
            sc.skipBlanks();
            if (sc.peek() == ';') {
                sc.advance();
            }
        }
        CommandList body = loopBody(start, keyword);
        return new ForCommand(variable, items, body, keyword.equals("select"), redirects(), new Span(start, sc.pos));
    }

    /** {@code do ... done}, or bash's {@code { ... }} form of a for loop body. */
    private CommandList loopBody(int start, String keyword) {
        sc.skipBlanks();
        if (sc.peek() == ';') {
            sc.advance();
        }
        p.skipLinebreaks();
        if ("{".equals(p.peekReserved())) {
            p.consumeReserved("{");
            CommandList body = p.parseList(Set.of("}"), false, false);
            p.expect("}", start, "`{`");
            return body;
        }
        if (!p.expect("do", start, "`" + keyword + "`")) {
            return new CommandList(List.of(), new Span(sc.pos, sc.pos));
        }
        CommandList body = p.parseList(Set.of("done"), false, false);
        p.expect("done", start, "`" + keyword + "`");
        return body;
    }

    private Command caseCommand(int start) {
        p.consumeReserved("case");
        sc.skipBlanks();
        Word subject = p.readWord(WordReader.Mode.NORMAL);
        if (subject == null) {
            sc.error(start, "expected a word after `case`");
            subject = new Word(List.of(), "", new Span(sc.pos, sc.pos));
        }
        p.skipLinebreaks();
        List<CaseItem> items = new ArrayList<>();
        if (!p.expect("in", start, "`case`")) {
            return new CaseCommand(subject, items, List.of(), new Span(start, sc.pos));
        }
        while (true) {
            p.skipLinebreaks();
            int itemStart = sc.skipContinuations(sc.pos);
            if ("esac".equals(p.peekReserved())) {
                p.consumeReserved("esac");
                return new CaseCommand(subject, items, redirects(), new Span(start, sc.pos));
            }
            if (sc.atEnd() || (sc.peek() == ')' && p.parenContexts > 0)) {
                break;
            }
            CaseItem item = caseItem(itemStart);
            if (item != null) {
                items.add(item);
            }
            if (sc.pos == itemStart) {
                sc.error(itemStart, "syntax error in `case` near `" + p.describe() + "`");
                sc.advance();
            }
        }
        sc.error(start, "`case` without matching `esac`");
        return new CaseCommand(subject, items, List.of(), new Span(start, sc.pos));
    }

    private CaseItem caseItem(int start) {
        if (sc.peek() == '(') {
            sc.advance();
        }
        List<Word> patterns = new ArrayList<>();
        while (true) {
            sc.skipBlanks();
            Word w = p.readWord(WordReader.Mode.NORMAL);
            if (w == null) {
                break;
            }
            patterns.add(w);
            sc.skipBlanks();
            if (sc.peek() == '|' && !sc.at("||")) {
                sc.advance();
            } else {
                break;
            }
        }
        sc.skipBlanks();
        if (patterns.isEmpty() || sc.peek() != ')') {
            sc.error(start, "expected `)` after a `case` pattern");
            return null;
        }
        sc.advance();
        CommandList body = p.parseList(Set.of("esac"), false, true);
        String terminator = "";
        for (String t : new String[] {";;&", ";;", ";&"}) {
            if (sc.at(t)) {
                terminator = t;
                sc.advance(t.length());
                break;
            }
        }
        return new CaseItem(patterns, body, terminator, new Span(start, sc.pos));
    }

    private Command braceGroup(int start) {
        p.consumeReserved("{");
        CommandList body = p.parseList(Set.of("}"), false, false);
        p.expect("}", start, "`{`");
        return new BraceGroup(body, redirects(), new Span(start, sc.pos));
    }

    private Command subshell(int start) {
        sc.advance();
        p.parenContexts++;
        CommandList body;
        try {
            body = p.parseList(Set.of(), true, false);
        } finally {
            p.parenContexts--;
        }
        if (sc.peek() == ')') {
            sc.advance();
        } else {
            sc.error(start, "`(` without matching `)`");
        }
        return new Subshell(body, redirects(), new Span(start, sc.pos));
    }

    private Command arithmeticCommand(int start) {
        int close = p.words().matchDoubleParen(start + 2);
        if (close < 0) {
            return null;
        }
        String expr = sc.src.substring(start + 2, close);
        sc.pos = close + 2;
        return new ArithmeticCommand(expr, redirects(), new Span(start, sc.pos));
    }

    private Command testCommand(int start) {
        p.consumeReserved("[[");
        List<Word> words = new ArrayList<>();
        boolean regexNext = false;
        while (true) {
            sc.skipBlanks();
            int c = sc.peek();
            if (c == '\n') {
                p.newline();
                continue;
            }
            if ("]]".equals(p.peekReserved())) {
                p.consumeReserved("]]");
                return new TestCommand(words, redirects(), new Span(start, sc.pos));
            }
            if (c == Scanner.EOF || c == ';' && !regexNext) {
                break;
            }
            Word w;
            if (regexNext) {
                w = p.readWord(WordReader.Mode.REGEX);
            } else if (sc.at("&&") || sc.at("||")) {
                w = operatorWord(2);
            } else if (c == '(' || c == ')' || c == '<' || c == '>' || c == '!' || c == '&' || c == '|') {
                w = operatorWord(1);
            } else {
                w = p.readWord(WordReader.Mode.NORMAL);
            }
            if (w == null) {
                sc.advance();
                continue;
            }
            regexNext = w.is("=~");
            words.add(w);
        }
        sc.error(start, "`[[` without matching `]]`");
        return new TestCommand(words, List.of(), new Span(start, sc.pos));
    }

    private Word operatorWord(int length) {
        int start = sc.skipContinuations(sc.pos);
        sc.advance(length);
        String text = sc.src.substring(start, sc.pos);
        return new Word(List.of(new Literal(text, new Span(start, sc.pos))), text, new Span(start, sc.pos));
    }

    /** {@code name ()} ahead (not consumed): the name, or null. */
    private String functionNameAhead() {
        int i = sc.skipContinuations(sc.pos);
        int j = i;
        while (j < sc.limit && isFunctionNameChar(sc.src.charAt(j))) {
            j++;
        }
        if (j == i || Character.isDigit(sc.src.charAt(i))) {
            return null;
        }
        int k = j;
        while (Scanner.isBlank(sc.raw(k))) {
            k++;
        }
        if (sc.raw(k) != '(') {
            return null;
        }
        k++;
        while (Scanner.isBlank(sc.raw(k))) {
            k++;
        }
        return sc.raw(k) == ')' ? sc.src.substring(i, j) : null;
    }

    private static boolean isFunctionNameChar(char c) {
        return Scanner.isNameChar(c) || c == '-' || c == '.' || c == ':' || c == '@' || c == '+';
    }

    private Command functionDefinition(int start, String name) {
        sc.pos = sc.skipContinuations(sc.pos) + name.length();
        sc.skipBlanks();
        sc.advance();
        sc.skipBlanks();
        sc.advance();
        return functionBody(start, name);
    }

    private Command functionKeyword(int start) {
        p.consumeReserved("function");
        sc.skipBlanks();
        Word nameWord = p.readWord(WordReader.Mode.NORMAL);
        String name = nameWord == null ? "" : nameWord.unquoted();
        if (nameWord == null) {
            sc.error(start, "expected a function name after `function`");
        }
        sc.skipBlanks();
        if (sc.peek() == '(' && sc.peek(1) == ')') {
            sc.advance(2);
        } else if (sc.peek() == '(') {
            sc.skipBlanks();
            sc.advance();
            sc.skipBlanks();
            if (sc.peek() == ')') {
                sc.advance();
            }
        }
        return functionBody(start, name);
    }

    private Command functionBody(int start, String name) {
        p.skipLinebreaks();
        Command body = parseCommand();
        if (body == null) {
            sc.error(start, "expected a function body for `" + name + "`");
            body = new BraceGroup(new CommandList(List.of(), new Span(sc.pos, sc.pos)), List.of(),
                    new Span(sc.pos, sc.pos));
        } else if (body instanceof SimpleCommand || body instanceof FunctionDefinition) {
            // not valid shell; wrapped so that every simple command still sits in a pipeline
            sc.error(body.span().start(), "a function body must be a compound command such as `{ ...; }`");
            Span s = body.span();
            Pipeline p = new Pipeline(List.of(body), List.of(), false, false, s);
            AndOr a = new AndOr(List.of(p), List.of(), s);
            body = new BraceGroup(new CommandList(List.of(new ListItem(a, ListItem.Separator.NONE, s)), s), List.of(), s);
        }
        return new FunctionDefinition(name, body, new Span(start, sc.pos));
    }

    /** Redirections after a compound command. */
    private List<Redirect> redirects() {
        List<Redirect> list = new ArrayList<>();
        while (true) {
            sc.skipBlanks();
            if (!simple.atRedirect()) {
                return list;
            }
            list.add(simple.redirect());
        }
    }
}
