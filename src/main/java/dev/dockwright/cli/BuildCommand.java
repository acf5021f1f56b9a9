package dev.dockwright.cli;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.build.BuildRequest;
import dev.dockwright.engine.build.BuildResult;
import dev.dockwright.engine.build.ImageBuilder;
import dev.dockwright.engine.build.ProgressPrinter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code dockwright build}: build an image on a real engine, BuildKit first. */
@Command(name = "build", mixinStandardHelpOptions = true, description = {
    "Build an image on a Docker or Podman engine.",
    "BuildKit runs through the engine's own CLI (DOCKER_BUILDKIT=1 docker build --progress=plain, or podman build);"
        + " the Engine API's classic builder is the fallback when the Dockerfile needs nothing BuildKit-only."
        + " The output says which path was taken. Exit 0 built, 1 the build failed, 2 usage or engine error."})
public final class BuildCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "Build context (default: .).")
  Path context = Path.of(".");

  @Mixin BuildOptions build;

  @Mixin EngineOptions engineOptions;

  @Override
  public Integer call() {
    BuildRequest request = build.request(spec, context);
    ImageBuilder.checkInputs(request);
    try (Engine engine = engineOptions.connect()) {
      BuildResult result = new ImageBuilder(engine).build(request, new ProgressPrinter(spec.commandLine().getOut(), build.verbose));
      return result.succeeded() ? ExitCode.OK : ExitCode.FINDINGS;
    }
  }
}
