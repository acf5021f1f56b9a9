package dev.dockwright.compose;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a service's {@code build:} points on disk: the context resolved against the Compose
 * file's directory, the Dockerfile against the context, as docker compose resolves them.
 *
 * @param context the build context directory
 * @param dockerfile the Dockerfile named (or the default {@code Dockerfile})
 * @param existing the Dockerfile that will be used, if there is one: {@code dockerfile}, or a
 *     {@code Containerfile} when the default is absent (Podman, recent BuildKit)
 */
public record ResolvedBuild(Path context, Path dockerfile, Optional<Path> existing) {

  public boolean contextExists() {
    return java.nio.file.Files.isDirectory(context);
  }
}
