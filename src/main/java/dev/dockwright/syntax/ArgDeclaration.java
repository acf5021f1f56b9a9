package dev.dockwright.syntax;

import java.util.Optional;

/**
 * One name of an ARG instruction: {@code NAME} or {@code NAME=default}. An ARG may declare
 * several ({@code ARG A B=2}). The default is verbatim (quotes kept), as BuildKit's parser leaves
 * it; quote removal and expansion happen when the build (or our model) evaluates it.
 *
 * @param word the whole word as BuildKit splits it ({@code B=2})
 * @param defaultValue the text after the first {@code =}, present even when empty ({@code B=})
 */
public record ArgDeclaration(Token word, Token name, Optional<Token> defaultValue) {}
