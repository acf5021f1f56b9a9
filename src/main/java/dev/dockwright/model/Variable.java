package dev.dockwright.model;

import dev.dockwright.syntax.KeyValue;

/**
 * One ENV or LABEL pair.
 *
 * @param name the key, quotes removed
 * @param value the value after quote removal and variable expansion
 * @param pair the pair as written, for ranges and the raw text
 */
public record Variable(String name, String value, KeyValue pair) {}
