package dev.dockwright.shell.ast;

import java.util.List;
import java.util.Optional;

/**
 * A shell word: an argument, a command name, a redirection target. Made of adjacent parts, so
 * {@code pkg="$VER"} is a literal {@code pkg=} followed by a double-quoted expansion.
 *
 * @param parts the pieces in source order
 * @param text  the exact source text of the word (quotes and escapes included)
 */
public record Word(List<WordPart> parts, String text, Span span) implements Node {

    public Word {
        parts = List.copyOf(parts);
    }

    /**
     * The word's value when it is fully static (no parameter, command, arithmetic or process
     * expansion): quotes removed, escapes applied. Globs, tildes and brace expressions are kept as
     * written rather than expanded.
     */
    public Optional<String> literal() {
        return isStatic() ? Optional.of(unquoted()) : Optional.empty();
    }

    /** {@link #literal()} or {@code null}, for terse comparisons. */
    public String literalOrNull() {
        return isStatic() ? unquoted() : null;
    }

    public boolean isStatic() {
        for (WordPart p : parts) {
            if (!p.isStatic()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The value with quotes removed and every expansion kept as its source text, e.g.
     * {@code pkg=${VERSION}} for {@code "pkg=${VERSION}"}. This is what rules match against when a
     * word is only partly static (a version pinned through a build argument is still pinned).
     */
    public String unquoted() {
        StringBuilder sb = new StringBuilder();
        appendUnquoted(parts, sb);
        return sb.toString();
    }

    /** True when the word is exactly {@code value} (statically). */
    public boolean is(String value) {
        return value.equals(literalOrNull());
    }

    /** True when any part (at any depth) is a command substitution. */
    public boolean hasCommandSubstitution() {
        return hasCommandSubstitution(parts);
    }

    /** True when some part is quoted (which, for instance, turns a here-document delimiter literal). */
    public boolean hasQuotes() {
        for (WordPart p : parts) {
            if (p instanceof SingleQuoted || p instanceof DoubleQuoted || p instanceof AnsiCQuoted) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCommandSubstitution(List<WordPart> parts) {
        for (WordPart p : parts) {
            if (p instanceof CommandSubstitution || p instanceof ProcessSubstitution) {
                return true;
            }
            if (p instanceof DoubleQuoted d && hasCommandSubstitution(d.parts())) {
                return true;
            }
        }
        return false;
    }

    static void appendUnquoted(List<WordPart> parts, StringBuilder sb) {
        for (WordPart p : parts) {
            if (p instanceof Literal l) {
                sb.append(l.value());
            } else if (p instanceof SingleQuoted s) {
                sb.append(s.value());
            } else if (p instanceof AnsiCQuoted a) {
                sb.append(a.value());
            } else if (p instanceof DoubleQuoted d) {
                appendUnquoted(d.parts(), sb);
            } else if (p instanceof ParameterExpansion e) {
                sb.append(e.text());
            } else if (p instanceof CommandSubstitution c) {
                sb.append(c.text());
            } else if (p instanceof ArithmeticExpansion a) {
                sb.append(a.text());
            } else if (p instanceof ProcessSubstitution ps) {
                sb.append(ps.text());
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
