package dev.dockwright.engine.build;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to build, as {@code docker build} takes it.
 *
 * @param context the build context directory
 * @param dockerfile the Dockerfile (default {@code context/Dockerfile})
 * @param tags names for the image; may be empty (the result still has the image id)
 * @param target the stage to build, empty for the last
 * @param buildArgs {@code --build-arg} values in the order given
 * @param platform {@code --platform}, e.g. {@code linux/amd64}
 * @param network {@code none} (default: builds are hermetic) or the engine's default network
 * @param builder which build path to use; {@link Builder#AUTO} picks BuildKit when it can
 * @param noCache build every step again
 */
public record BuildRequest(
    Path context,
    Path dockerfile,
    List<String> tags,
    Optional<String> target,
    Map<String, String> buildArgs,
    Optional<String> platform,
    Network network,
    Builder builder,
    boolean noCache) {

  public enum Network { NONE, DEFAULT }

  /** {@code auto}: BuildKit through the engine's CLI, else the API builder when that suffices. */
  public enum Builder { AUTO, BUILDKIT, API }

  public BuildRequest {
    tags = List.copyOf(tags);
    buildArgs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(buildArgs));
  }

  public static BuildRequest of(Path context) {
    return new BuildRequest(context, context.resolve("Dockerfile"), List.of(), Optional.empty(), Map.of(),
        Optional.empty(), Network.NONE, Builder.AUTO, false);
  }

  public BuildRequest withDockerfile(Path file) {
    return new BuildRequest(context, file, tags, target, buildArgs, platform, network, builder, noCache);
  }

  public BuildRequest withTags(List<String> t) {
    return new BuildRequest(context, dockerfile, t, target, buildArgs, platform, network, builder, noCache);
  }

  public BuildRequest withTarget(Optional<String> t) {
    return new BuildRequest(context, dockerfile, tags, t, buildArgs, platform, network, builder, noCache);
  }

  public BuildRequest withBuildArgs(Map<String, String> args) {
    return new BuildRequest(context, dockerfile, tags, target, args, platform, network, builder, noCache);
  }

  public BuildRequest withPlatform(Optional<String> p) {
    return new BuildRequest(context, dockerfile, tags, target, buildArgs, p, network, builder, noCache);
  }

  public BuildRequest withNetwork(Network n) {
    return new BuildRequest(context, dockerfile, tags, target, buildArgs, platform, n, builder, noCache);
  }

  public BuildRequest withBuilder(Builder b) {
    return new BuildRequest(context, dockerfile, tags, target, buildArgs, platform, network, b, noCache);
  }

  public BuildRequest withNoCache(boolean n) {
    return new BuildRequest(context, dockerfile, tags, target, buildArgs, platform, network, builder, n);
  }
}
