package dev.dockwright.generate;

/** A file to write: a path relative to the output directory, its text, and its mode. */
public record GeneratedFile(String path, String content, boolean executable) {}
