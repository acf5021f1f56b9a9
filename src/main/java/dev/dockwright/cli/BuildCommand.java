package dev.dockwright.cli;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.build.BuildRequest;
import dev.dockwright.engine.build.BuildResult;
import dev.dockwright.engine.build.ImageBuilder;
import dev.dockwright.engine.build.ProgressPrinter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dockwright build}: build an image on a real engine, BuildKit first. */
@Command(name = "build", description = {
    "Build an image on a Docker or Podman engine.",
    "BuildKit runs through the engine's own CLI (DOCKER_BUILDKIT=1 docker build --progress=plain, or podman build);"
        + " the Engine API's classic builder is the fallback when the Dockerfile needs nothing BuildKit-only."
        + " The output says which path was taken. Exit 0 built, 1 the build failed, 2 usage or engine error."})
public final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Build context (default: .).")
  Path context = Path.of(".");

  @Option(names = {"-f", "--file"}, paramLabel = "Dockerfile", description = "Dockerfile (default: DIR/Dockerfile).")
  Path dockerfile;

  @Option(names = {"-t", "--tag"}, paramLabel = "NAME[:TAG]", description = "Name the image (repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(names = "--target", paramLabel = "STAGE", description = "Build this stage.")
  String target;

  @Option(names = "--build-arg", paramLabel = "KEY=VALUE", description = "Build argument (repeatable).")
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

  @Option(names = {"-v", "--verbose"}, description = "Show every step's output.")
  boolean verbose;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() {
    BuildRequest request = request(spec, context, dockerfile, tags, target, buildArgs, platform, network, builder, noCache);
    ImageBuilder.checkInputs(request);
    try (Engine engine = engineOptions.connect()) {
      BuildResult result = new ImageBuilder(engine).build(request, new ProgressPrinter(spec.commandLine().getOut(), verbose));
      return result.succeeded() ? ExitCode.OK : ExitCode.FINDINGS;
    }
  }

  /** Turns build flags into a request; shared with {@code verify --build}. */
  static BuildRequest request(CommandLine.Model.CommandSpec spec, Path context, Path dockerfile, List<String> tags,
      String target, List<String> buildArgs, String platform, String network, String builder, boolean noCache) {
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
    BuildRequest.Network net = switch (network) {
      case "none" -> BuildRequest.Network.NONE;
      case "default" -> BuildRequest.Network.DEFAULT;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--network expects none or default, got '" + network + "'");
    };
    BuildRequest.Builder b = switch (builder) {
      case "auto" -> BuildRequest.Builder.AUTO;
      case "buildkit" -> BuildRequest.Builder.BUILDKIT;
      case "api" -> BuildRequest.Builder.API;
      default -> throw new CommandLine.ParameterException(spec.commandLine(),
          "--builder expects auto, buildkit or api, got '" + builder + "'");
    };
    Path ctx = context.toAbsolutePath().normalize();
    Path df = dockerfile == null ? ctx.resolve("Dockerfile") : dockerfile.toAbsolutePath().normalize();
    return BuildRequest.of(ctx).withDockerfile(df).withTags(tags).withTarget(Optional.ofNullable(target))
        .withBuildArgs(args).withPlatform(Optional.ofNullable(platform)).withNetwork(net).withBuilder(b)
        .withNoCache(noCache);
  }
}
