/**
 * Dockerfile variable substitution with BuildKit's semantics (its {@code shell.Lex}): {@code $V},
 * {@code ${V}}, the {@code ${V:-w} ${V-w} ${V:+w} ${V+w} ${V:?m} ${V?m}} modifiers, prefix/suffix
 * trimming {@code ${V#p} ${V##p} ${V%p} ${V%%p}}, replacement {@code ${V/p/r} ${V//p/r}}, quotes
 * and the escape token ({@code \} or backtick).
 *
 * <p>Entry point: {@link dev.dockwright.syntax.expand.VariableExpander}. Variables come from an
 * {@link dev.dockwright.syntax.expand.Env}, so the semantic model can plug in a stage's ARG/ENV
 * scope. Bad input never throws: the {@link dev.dockwright.syntax.expand.Expansion} carries the
 * error message BuildKit would report.
 */
package dev.dockwright.syntax.expand;
