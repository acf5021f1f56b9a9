package dev.dockwright.shell.ast;

/** The {@code if} or an {@code elif} part: a condition list and the list run when it succeeds. */
public record IfBranch(CommandList condition, CommandList body, Span span) implements Node {}
