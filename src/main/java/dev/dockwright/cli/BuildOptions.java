package dev.dockwright.cli;

import dev.dockwright.engine.build.BuildRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The build flags, as docker build spells them: shared by {@code dockwright build} and
 * {@code dockwright verify --build}, so both read them (and check them) the same way.
 */
final class BuildOptions {
  @Option(names = {"-f", "--file"}, paramLabel = "Dockerfile", description = "Dockerfile (default: DIR/Dockerfile).")
  Path dockerfile;

  @Option(names = {"-t", "--tag"}, paramLabel = "NAME[:TAG]", description = "Name the image; repeatable.")
  List<String> tags = new ArrayList<>();

  @Option(names = "--target", paramLabel = "STAGE", description = "Build this stage.")
  String target;

  @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument; repeatable.")
  List<String> buildArgs = new ArrayList<>();

  @Option(names = "--platform", paramLabel = "OS/ARCH", description = "Target platform, e.g. linux/amd64.")
  String platform;

  @Option(names = "--network", paramLabel = "none|default", defaultValue = "none",
      description = "Network for RUN steps (default: ${DEFAULT-VALUE}, hermetic builds).")
  String network;

  @Option(names = "--builder", paramLabel = "auto|buildkit|api", defaultValue = "auto",
      description = "Build path (default: ${DEFAULT-VALUE}: BuildKit when a CLI can drive it, else the API builder).")
  String builder;

  @Option(names = "--no-cache", description = "Do not use the build cache.")
  boolean noCache;

  @Option(names = {"-v", "--verbose"}, description = "Show every build step's output.")
  boolean verbose;

  /** The request to build {@code context} with these flags; bad values are usage errors of {@code spec}. */
  BuildRequest request(CommandLine.Model.CommandSpec spec, Path context) {
    Path ctx = context.toAbsolutePath().normalize();
    Path df = dockerfile == null ? ctx.resolve("Dockerfile") : dockerfile.toAbsolutePath().normalize();
    return BuildRequest.of(ctx).withDockerfile(df).withTags(tags).withTarget(Optional.ofNullable(target))
        .withBuildArgs(buildArgMap(spec)).withPlatform(Optional.ofNullable(platform))
        .withNetwork(network(spec)).withBuilder(builder(spec)).withNoCache(noCache);
  }

  private Map<String, String> buildArgMap(CommandLine.Model.CommandSpec spec) {
    Map<String, String> args = new LinkedHashMap<>();
    for (String a : buildArgs) {
      int eq = a.indexOf('=');
      if (eq <= 0) {
        // As docker does: a bare KEY takes its value from the environment.
        String v = System.getenv(a);
        if (eq == 0 || v == null) {
          throw new CommandLine.ParameterException(spec.commandLine(), "--build-arg expects KEY=VALUE, got '" + a + "'");
        }
        args.put(a, v);
      } else {
        args.put(a.substring(0, eq), a.substring(eq + 1));
      }
    }
    return args;
  }

  private BuildRequest.Network network(CommandLine.Model.CommandSpec spec) {
    return switch (network) {
      case "none" -> BuildRequest.Network.NONE;
      case "default" -> BuildRequest.Network.DEFAULT;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--network expects none or default, got '" + network + "'");
    };
  }

  private BuildRequest.Builder builder(CommandLine.Model.CommandSpec spec) {
    return switch (builder) {
      case "auto" -> BuildRequest.Builder.AUTO;
      case "buildkit" -> BuildRequest.Builder.BUILDKIT;
      case "api" -> BuildRequest.Builder.API;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--builder expects auto, buildkit or api, got '" + builder + "'");
    };
  }
}
