package dev.dockwright.compose;

import dev.dockwright.syntax.Range;
import java.util.Map;
import java.util.Optional;

/**
 * A service's {@code build:}: {@code build: ./dir} or the mapping form.
 *
 * @param context the build context as written ({@code .} when the mapping omits it)
 * @param dockerfile {@code dockerfile:}, relative to the context; empty for the default
 * @param inline {@code dockerfile_inline:} is set: there is no Dockerfile on disk to look for
 * @param target {@code target:}, the stage built
 * @param args {@code args:}, as written (values before interpolation; a name without a value
 *     takes it from the environment and is left out)
 * @param range the whole {@code build:} value
 */
public record Build(Scalar context, Optional<Scalar> dockerfile, boolean inline,
    Optional<String> target, Map<String, String> args, Range range) {

  public Build {
    args = Map.copyOf(args);
  }

  /** Whether the context is a Git or HTTP URL rather than a directory. */
  public boolean remoteContext() {
    String c = context.value();
    return c.contains("://") || c.startsWith("git@") || c.startsWith("github.com/");
  }
}
