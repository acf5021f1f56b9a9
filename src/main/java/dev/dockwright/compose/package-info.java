/**
 * Compose files ({@code compose.yaml}, {@code docker-compose.yml}) as the linter reads them: a
 * YAML node tree that keeps every value's position ({@link ComposeParser}), and a typed view of
 * what the rules ask about ({@link ComposeFile}, {@link Service}): images, builds, health checks,
 * {@code depends_on}, environment and published ports. Values are read as docker compose reads
 * them (merge keys, short and long syntaxes, {@code ${VAR:-default}} interpolation with the
 * project's {@code .env}); anything the file leaves to the environment stays unknown.
 */
package dev.dockwright.compose;
