/**
 * Command analysis on top of the shell parser: a generic option parser ({@link
 * dev.dockwright.shell.commands.OptionSpec}) and typed recognisers for the package managers and
 * tools that Dockerfile rules ask about. Each recogniser is a record with a static
 * {@code match(Invocation)} and {@code in(Script)}, and keeps the words it read so findings can
 * point at the exact package or flag.
 */
package dev.dockwright.shell.commands;
