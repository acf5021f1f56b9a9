package dev.dockwright.syntax;

/** A line with nothing but whitespace, outside any instruction. */
public record BlankLine(Range range, Range span, String text) implements Node {}
