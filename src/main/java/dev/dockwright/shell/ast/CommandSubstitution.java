package dev.dockwright.shell.ast;

/**
 * {@code $(commands)} or {@code `commands`}, parsed recursively so that rules see the commands
 * inside (a {@code curl} in {@code $(curl ...)} still downloads something).
 *
 * <p>Backquoted bodies are parsed in place; the extra backslash escaping that backquotes need
 * ({@code \$}, {@code \`}) is read as ordinary escaping, which differs from the shell only in
 * contrived scripts.
 */
public record CommandSubstitution(CommandList body, boolean backquoted, String text, Span span) implements WordPart {}
