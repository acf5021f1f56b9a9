package dev.dockwright.shell.commands;

import dev.dockwright.shell.ast.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which options of a command take a value, and their canonical names. Parsing a command line
 * needs this to know that in {@code apt-get install -t bookworm curl} the operand is {@code curl},
 * not {@code bookworm}. Options not in the spec are still recognised (as flags named after their
 * spelling), so a spec only has to list the options that take values and those a rule asks for.
 *
 * <p>Handles combined short flags ({@code -qy}), attached short values ({@code -ofile}),
 * {@code --opt=value}, {@code -q=2} (apt), whole-word spellings such as wget's {@code -nv},
 * {@code --} and, by default, options after operands (GNU permutation).
 */
public final class OptionSpec {

    /** Whether an option takes a value. */
    public enum Arity {
        /** a flag */
        NONE,
        /** a value, attached or in the next word */
        REQUIRED,
        /** a value only when attached ({@code --color=always}, {@code -q=2}) */
        OPTIONAL
    }

    private record Def(String canonical, Arity arity) {}

    private final Map<String, Def> longs;
    private final Map<Character, Def> shorts;
    private final Map<String, Def> words;
    private final boolean stopAtFirstOperand;
    private final boolean unknownTakeValues;

    private OptionSpec(Builder b) {
        this.longs = Map.copyOf(b.longs);
        this.shorts = Map.copyOf(b.shorts);
        this.words = Map.copyOf(b.words);
        this.stopAtFirstOperand = b.stopAtFirstOperand;
        this.unknownTakeValues = b.unknownTakeValues;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Splits {@code args} into options and operands. */
    public ParsedArgs parse(List<Word> args) {
        List<ParsedArgs.Option> options = new ArrayList<>();
        List<Word> operands = new ArrayList<>();
        boolean endOfOptions = false;
        int beforeDoubleDash = -1;
        for (int i = 0; i < args.size(); i++) {
            Word w = args.get(i);
            String t = w.unquoted();
            if (endOfOptions || !t.startsWith("-") || t.equals("-")) {
                operands.add(w);
                endOfOptions |= stopAtFirstOperand;
                continue;
            }
            if (t.equals("--")) {
                endOfOptions = true;
                beforeDoubleDash = operands.size();
                continue;
            }
            Def exact = words.get(t);
            if (exact != null) {
                i = take(options, exact, t, w, null, args, i);
            } else if (t.startsWith("--")) {
                int eq = t.indexOf('=');
                String name = eq < 0 ? t.substring(2) : t.substring(2, eq);
                Def def = longs.getOrDefault(name, new Def(name, unknownArity()));
                i = take(options, def, eq < 0 ? t : t.substring(0, eq), w, eq < 0 ? null : t.substring(eq + 1), args, i);
            } else {
                i = shortCluster(options, t, w, args, i);
            }
        }
        return new ParsedArgs(options, operands, beforeDoubleDash < 0 ? operands.size() : beforeDoubleDash);
    }

    private Arity unknownArity() {
        return unknownTakeValues ? Arity.REQUIRED : Arity.NONE;
    }

    private int shortCluster(List<ParsedArgs.Option> options, String t, Word w, List<Word> args, int i) {
        for (int k = 1; k < t.length(); k++) {
            char c = t.charAt(k);
            boolean last = k == t.length() - 1;
            Def def = shorts.getOrDefault(c, new Def(String.valueOf(c), last ? unknownArity() : Arity.NONE));
            boolean attachedValue = k + 1 < t.length() && t.charAt(k + 1) == '=';
            if (def.arity() == Arity.NONE || (def.arity() == Arity.OPTIONAL && !attachedValue)) {
                options.add(new ParsedArgs.Option(def.canonical(), "-" + c, Optional.empty(), w, Optional.empty()));
                continue;
            }
            String rest = t.substring(k + 1);
            String attached = rest.startsWith("=") ? rest.substring(1) : rest.isEmpty() ? null : rest;
            return take(options, def, "-" + c, w, attached, args, i);
        }
        return i;
    }

    /** Adds one option, consuming the next word as its value when needed; returns the last index used. */
    private static int take(List<ParsedArgs.Option> options, Def def, String spelling, Word w, String attached,
                            List<Word> args, int i) {
        if (attached != null) {
            options.add(new ParsedArgs.Option(def.canonical(), spelling, Optional.of(attached), w, Optional.of(w)));
            return i;
        }
        if (def.arity() == Arity.REQUIRED && i + 1 < args.size()) {
            Word v = args.get(i + 1);
            options.add(new ParsedArgs.Option(def.canonical(), spelling, Optional.of(v.unquoted()), w, Optional.of(v)));
            return i + 1;
        }
        options.add(new ParsedArgs.Option(def.canonical(), spelling, Optional.empty(), w, Optional.empty()));
        return i;
    }

    /** Declares options. Spellings are written as on the command line: {@code "-y"}, {@code "--yes"}, {@code "-nv"}. */
    public static final class Builder {
        private final Map<String, Def> longs = new HashMap<>();
        private final Map<Character, Def> shorts = new HashMap<>();
        private final Map<String, Def> words = new HashMap<>();
        private boolean stopAtFirstOperand;
        private boolean unknownTakeValues;

        private Builder() {}

        public Builder flag(String canonical, String... spellings) {
            return add(canonical, Arity.NONE, spellings);
        }

        public Builder value(String canonical, String... spellings) {
            return add(canonical, Arity.REQUIRED, spellings);
        }

        public Builder optionalValue(String canonical, String... spellings) {
            return add(canonical, Arity.OPTIONAL, spellings);
        }

        /** Options end at the first operand (POSIX), as for commands that run another command. */
        public Builder stopAtFirstOperand() {
            this.stopAtFirstOperand = true;
            return this;
        }

        /**
         * Options not in the spec take the next word as their value (hadolint's reading of
         * {@code gem install x --some-flag value}); by default they are flags.
         */
        public Builder unknownOptionsTakeValues() {
            this.unknownTakeValues = true;
            return this;
        }

        private Builder add(String canonical, Arity arity, String... spellings) {
            Def def = new Def(canonical, arity);
            for (String s : spellings) {
                if (s.startsWith("--")) {
                    longs.put(s.substring(2), def);
                } else if (s.length() == 2 && s.charAt(0) == '-') {
                    shorts.put(s.charAt(1), def);
                } else {
                    words.put(s, def);
                }
            }
            return this;
        }

        public OptionSpec build() {
            return new OptionSpec(this);
        }
    }
}
