package dev.dockwright.shell.ast;

import java.util.List;

/**
 * One command of a pipeline: a simple command, a compound command ({@code ( )}, {@code { }},
 * {@code if}, loops, {@code case}, {@code [[ ]]}, {@code (( ))}) or a function definition.
 */
public sealed interface Command extends Node
        permits SimpleCommand, Subshell, BraceGroup, IfCommand, ForCommand, ArithmeticForCommand, WhileCommand,
                CaseCommand, FunctionDefinition, TestCommand, ArithmeticCommand {

    /** Redirections applied to the whole command. */
    List<Redirect> redirects();
}
