package dev.dockwright.shell.ast;

/** Bash's {@code <(commands)} or {@code >(commands)}. */
public record ProcessSubstitution(char direction, CommandList body, String text, Span span) implements WordPart {}
