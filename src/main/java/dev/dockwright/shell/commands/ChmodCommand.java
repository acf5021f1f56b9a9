package dev.dockwright.shell.commands;

import dev.dockwright.shell.Invocation;
import dev.dockwright.shell.Script;
import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code chmod MODE PATH...} and {@code chown OWNER[:GROUP] PATH...}: the mode or owner, the
 * paths, recursion. A symbolic mode such as {@code -x} or {@code -rwx} is a mode, not options.
 *
 * @param tool  {@code chmod} or {@code chown}
 * @param mode  the mode ({@code chmod}) or owner ({@code chown}) word, absent with {@code --reference}
 */
public record ChmodCommand(Invocation invocation, String tool, ParsedArgs args, Optional<Word> mode, List<Word> paths) {

    static final OptionSpec SPEC = OptionSpec.builder()
            .flag("recursive", "-R", "--recursive")
            .flag("verbose", "-v", "--verbose")
            .flag("changes", "-c", "--changes")
            .flag("silent", "-f", "--silent", "--quiet")
            .flag("no-dereference", "-h", "--no-dereference")
            .build();

    public static Optional<ChmodCommand> match(Invocation inv) {
        if (!inv.is("chmod", "chown", "chgrp")) {
            return Optional.empty();
        }
        List<Word> words = new ArrayList<>();
        List<Word> symbolic = new ArrayList<>();
        for (Word w : inv.args()) {
            String t = w.unquoted();
            if (inv.is("chmod") && t.matches("-[rwxXstugoa]+(,.*)?") && !t.matches("-[Rvcfh]+")) {
                symbolic.add(w);
            } else {
                words.add(w);
            }
        }
        ParsedArgs args = SPEC.parse(words);
        List<Word> ops = new ArrayList<>(symbolic);
        ops.addAll(args.operands());
        boolean reference = args.options().stream().anyMatch(o -> o.name().equals("reference"));
        Optional<Word> mode = reference || ops.isEmpty() ? Optional.empty() : Optional.of(ops.get(0));
        List<Word> paths = ops.subList(mode.isPresent() ? 1 : 0, ops.size());
        return Optional.of(new ChmodCommand(inv, inv.program(), args, mode, paths));
    }

    public static List<ChmodCommand> in(Script script) {
        return Recognizers.all(script, ChmodCommand::match);
    }

    public boolean recursive() {
        return args.has("recursive");
    }

    /** For chown: the user part of {@code user:group} (or {@code user.group}). */
    public Optional<String> user() {
        return mode.map(Word::unquoted).map(o -> o.split("[:.]", 2)[0]).filter(u -> !u.isEmpty());
    }

    /** For chown: the group part, if given. */
    public Optional<String> group() {
        return mode.map(Word::unquoted).filter(o -> o.contains(":")).map(o -> o.substring(o.indexOf(':') + 1))
                .filter(g -> !g.isEmpty());
    }
}
