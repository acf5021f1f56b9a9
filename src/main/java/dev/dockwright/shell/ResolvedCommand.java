package dev.dockwright.shell;

import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/**
 * What a simple command actually runs once wrappers are looked through.
 *
 * <p>For {@code sudo -E env DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get install -y curl}:
 * wrappers {@code sudo} and {@code env}, name {@code apt-get}, args {@code install -y curl}.
 * For {@code python3 -m pip install x}: name {@code python3}, program {@code pip}, args
 * {@code install x}.
 *
 * @param nameWord the word naming the program run, or null when there is none (assignments only,
 *                 or a wrapper without a command such as {@code env} alone, which then is the name)
 * @param name     the program's base name when static ({@code /usr/bin/apt-get} gives {@code apt-get}),
 *                 else null
 * @param program  the canonical program: {@code pip} for {@code pip3}, {@code pip3.12} and
 *                 {@code python -m pip}; the module for {@code python -m module}; {@code python} for
 *                 {@code python3.12}; otherwise the name
 * @param args     the words after the program (after {@code -m module} for Python)
 * @param wrappers the wrappers looked through, outermost first
 */
public record ResolvedCommand(Word nameWord, String name, String program, List<Word> args, List<Wrapper> wrappers) {

    public ResolvedCommand {
        args = List.copyOf(args);
        wrappers = List.copyOf(wrappers);
    }

    /** Resolves the words of any simple command (for example the next command of a pipeline). */
    public static ResolvedCommand of(List<Word> words) {
        return CommandResolver.resolve(words);
    }

    public Optional<String> nameIfStatic() {
        return Optional.ofNullable(name);
    }

    /** True when the canonical program is one of {@code programs}. */
    public boolean is(String... programs) {
        for (String p : programs) {
            if (p.equals(program)) {
                return true;
            }
        }
        return false;
    }

    public boolean hasWrapper(String wrapper) {
        return wrappers.stream().anyMatch(w -> w.name().equals(wrapper));
    }

    /** True when run through {@code exec}, i.e. it replaces the shell. */
    public boolean isExec() {
        return hasWrapper("exec");
    }

    /** The static values of the args; null for an arg that is not static. */
    public List<String> argValues() {
        return args.stream().map(Word::literalOrNull).toList();
    }

    /** The args with quotes removed and expansions kept as text (see {@link Word#unquoted()}). */
    public List<String> argTexts() {
        return args.stream().map(Word::unquoted).toList();
    }

    /** The first arg's static value, e.g. the subcommand {@code install} of {@code apt-get install}. */
    public Optional<String> firstArg() {
        return args.isEmpty() ? Optional.empty() : args.get(0).literal();
    }
}
