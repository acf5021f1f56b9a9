package dev.dockwright.shell.commands;

import dev.dockwright.shell.ast.Word;
import java.util.List;
import java.util.Optional;

/**
 * A command line split by an {@link OptionSpec}: options (by canonical name) and operands, each
 * pointing back at its word so a finding can mark the exact text.
 *
 * @param doubleDashAt how many operands came before {@code --} (all of them when there is none)
 */
public record ParsedArgs(List<Option> options, List<Word> operands, int doubleDashAt) {

    public ParsedArgs {
        options = List.copyOf(options);
        operands = List.copyOf(operands);
    }

    /**
     * The operands before a {@code --}; all operands when there is none. Tools such as
     * {@code gem install x -- --build-flag} pass what follows {@code --} on to something else.
     */
    public List<Word> operandsBeforeDoubleDash() {
        return operands.subList(0, doubleDashAt);
    }

    /**
     * One option occurrence. In {@code -qy} both {@code q} and {@code y} point at the same word.
     *
     * @param name      the canonical name ({@code "yes"} for {@code -y}, {@code --yes} and {@code --assume-yes})
     * @param spelling  as written, without any value ({@code "-y"}, {@code "--assume-yes"})
     * @param value     the value (quotes removed, expansions as text), if the option has one
     * @param word      the word the option is in
     * @param valueWord the word holding the value (the same word when attached)
     */
    public record Option(String name, String spelling, Optional<String> value, Word word, Optional<Word> valueWord) {}

    public boolean has(String name) {
        return options.stream().anyMatch(o -> o.name().equals(name));
    }

    public boolean hasAny(String... names) {
        for (String n : names) {
            if (has(n)) {
                return true;
            }
        }
        return false;
    }

    public int count(String name) {
        return (int) options.stream().filter(o -> o.name().equals(name)).count();
    }

    /** The last value given for {@code name} (later options win, as for most tools). */
    public Optional<String> value(String name) {
        List<String> v = values(name);
        return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
    }

    public List<String> values(String name) {
        return options.stream().filter(o -> o.name().equals(name)).flatMap(o -> o.value().stream()).toList();
    }

    public List<Option> all(String name) {
        return options.stream().filter(o -> o.name().equals(name)).toList();
    }

    public Optional<Option> first(String name) {
        return options.stream().filter(o -> o.name().equals(name)).findFirst();
    }

    /** The operands' texts (quotes removed, expansions kept as text). */
    public List<String> operandTexts() {
        return operands.stream().map(Word::unquoted).toList();
    }

    /** The first operand's static value: usually the subcommand. */
    public Optional<String> firstOperand() {
        return operands.isEmpty() ? Optional.empty() : operands.get(0).literal();
    }
}
