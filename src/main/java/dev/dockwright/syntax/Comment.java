package dev.dockwright.syntax;

/**
 * A comment line ({@code #} as first non-blank character). {@code content} is the text after
 * {@code #}, trimmed, as BuildKit records comments ({@code # hadolint ignore=DL3008} gives
 * {@code hadolint ignore=DL3008}). Comment lines inside a line continuation are not nodes of their
 * own; they are listed on their instruction ({@link Instruction#continuationComments()}), and their
 * span (their whole line) lies inside the instruction's span.
 */
public record Comment(String content, Range range, Range span, String text) implements Node {}
