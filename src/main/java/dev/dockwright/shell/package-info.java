/**
 * The shell parser and its query layer. {@link dev.dockwright.shell.ShellParser#parse(String)}
 * turns a RUN script into a {@link dev.dockwright.shell.Script}; its
 * {@link dev.dockwright.shell.Script#simpleCommands()} lists every command in execution order as
 * an {@link dev.dockwright.shell.Invocation}: what it runs (wrappers such as {@code sudo} and
 * {@code env} looked through), where it sits (pipeline, and-or list, subshell, condition) and
 * which {@code set} options are in effect. Offsets are into the string given; mapping them to
 * Dockerfile lines is the caller's job.
 */
package dev.dockwright.shell;
