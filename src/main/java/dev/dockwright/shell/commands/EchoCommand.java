package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code echo}: whether it relies on backslash escapes, which {@code /bin/sh} (dash) interprets
 * and bash does not without {@code -e} (ShellCheck SC2028). Only leading words made of
 * {@code -n}, {@code -e}, {@code -E} are options, as for the echo builtins.
 */
public record EchoCommand(Invocation invocation, boolean interpretEscapes, boolean noNewline, boolean noEscapes,
                          List<Word> arguments) {

    private static final Pattern OPTION = Pattern.compile("-[neE]+");
    private static final Pattern ESCAPE = Pattern.compile("\\\\[abcefnrtv0\\\\]");

    public static Optional<EchoCommand> match(Invocation inv) {
        if (!inv.is("echo")) {
            return Optional.empty();
        }
        List<Word> args = inv.args();
        int i = 0;
        boolean e = false;
        boolean n = false;
        boolean bigE = false;
        while (i < args.size() && args.get(i).isStatic() && OPTION.matcher(args.get(i).unquoted()).matches()) {
            String o = args.get(i).unquoted();
            e |= o.contains("e");
            n |= o.contains("n");
            bigE |= o.contains("E");
            i++;
        }
        return Optional.of(new EchoCommand(inv, e, n, bigE, args.subList(i, args.size())));
    }

    public static List<EchoCommand> in(Script script) {
        return Recognizers.all(script, EchoCommand::match);
    }

    /** True when some argument contains a backslash escape such as {@code \n} or {@code \t} after quote removal. */
    public boolean hasBackslashEscapes() {
        return arguments.stream().anyMatch(w -> ESCAPE.matcher(w.unquoted()).find());
    }
}
