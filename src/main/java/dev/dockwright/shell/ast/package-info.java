/**
 * The syntax tree of a shell script (POSIX sh plus the bash extensions seen in Dockerfile RUN
 * instructions). Immutable records under sealed interfaces ({@link dev.dockwright.shell.ast.Node},
 * {@link dev.dockwright.shell.ast.Command}, {@link dev.dockwright.shell.ast.WordPart}); every node
 * carries the {@link dev.dockwright.shell.ast.Span} of the text it came from.
 */
package dev.dockwright.shell.ast;
