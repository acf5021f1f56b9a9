package dev.dockwright.shell.ast;

/**
 * Every element of the shell syntax tree. Sealed so that consumers can switch over it exhaustively;
 * every node knows the offsets of the text it came from.
 */
public sealed interface Node
        permits Word, WordPart, Command, CommandList, ListItem, AndOr, Pipeline, Redirect, Assignment,
                Heredoc, CaseItem, IfBranch {

    Span span();
}
