package dev.dockwright.syntax;

/** A scanned word: BuildKit's string for it and the logical-line indices it was read from. */
record Piece(String value, int start, int end) {}
