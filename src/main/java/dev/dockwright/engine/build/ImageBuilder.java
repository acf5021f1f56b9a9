package dev.dockwright.engine.build;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.BuildImageCmd;
import com.github.dockerjava.api.model.BuildResponseItem;
import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineException;
import dev.dockwright.engine.EngineKind;
import dev.dockwright.engine.context.BuildContext;
import dev.dockwright.io.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Builds images on an {@link Engine}. BuildKit is the default path, driven through the engine's own
 * CLI because the Engine API gives a plain HTTP client only the classic builder; the API builder is
 * the fallback, taken only when the Dockerfile needs nothing BuildKit-only. Every build says which
 * path it took and why.
 */
public final class ImageBuilder {
  private final Engine engine;

  public ImageBuilder(Engine engine) {
    this.engine = engine;
  }

  /** The chosen path and the reason, before anything runs. */
  public record Plan(BuildPath path, String reason, DockerfileOutline outline, List<BuildkitOnly.Use> buildkitOnly,
      Optional<EngineCli.Cli> cli) {}

  /**
   * Decides the build path.
   *
   * @throws UserException when the Dockerfile is missing or no path can build it
   */
  public Plan plan(BuildRequest request) {
    checkInputs(request);
    Path dockerfile = request.dockerfile();
    DockerfileOutline outline;
    try {
      outline = DockerfileOutline.parse(Files.readString(dockerfile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UserException("cannot read " + dockerfile + ": " + e.getMessage());
    }
    List<BuildkitOnly.Use> uses = BuildkitOnly.find(outline);
    String file = displayName(dockerfile);
    String needs = uses.isEmpty() ? "the Dockerfile needs nothing BuildKit-only"
        : uses.stream().map(u -> file + ":" + u.line() + ": " + u.what()).collect(Collectors.joining("; "))
            + (uses.size() == 1 ? " is" : " are") + " BuildKit-only";
    boolean podman = engine.kind() == EngineKind.PODMAN;
    Optional<EngineCli.Cli> cli = podman ? EngineCli.podman() : EngineCli.dockerWithBuildkit();
    BuildPath cliPath = podman ? BuildPath.PODMAN : BuildPath.BUILDKIT;

    return switch (request.builder()) {
      case BUILDKIT -> {
        if (cli.isEmpty()) {
          throw new UserException("cannot build with BuildKit: " + (podman ? "podman is not installed" : EngineCli.whyNoDocker()));
        }
        yield new Plan(cliPath, "--builder buildkit: " + cli.get().how(), outline, uses, cli);
      }
      case API -> {
        // Podman's API builder is Buildah, which takes RUN --mount; Docker's classic builder does not.
        if (!uses.isEmpty() && !podman) {
          throw new UserException("cannot use the Engine API builder: " + needs);
        }
        yield new Plan(BuildPath.ENGINE_API, "--builder api: " + needs, outline, uses, Optional.empty());
      }
      case AUTO -> {
        if (cli.isPresent()) {
          yield new Plan(cliPath, cli.get().how(), outline, uses, cli);
        }
        String noCli = podman ? "podman is not installed" : "no docker CLI with BuildKit (" + EngineCli.whyNoDocker() + ")";
        if (!uses.isEmpty() && !podman) {
          throw new UserException("cannot build: " + needs + ", and " + noCli
              + "; install a docker CLI older than 23 (BuildKit built in) or the buildx plugin");
        }
        yield new Plan(BuildPath.ENGINE_API, noCli + "; " + needs, outline, uses, Optional.empty());
      }
    };
  }

  /**
   * Checks what can be checked without an engine: the context is a directory and the Dockerfile
   * exists. Commands call it before connecting, so a typo is not reported as an engine problem.
   */
  public static void checkInputs(BuildRequest request) {
    if (!Files.isDirectory(request.context())) {
      throw new UserException("build context " + request.context() + " is not a directory");
    }
    if (!Files.isRegularFile(request.dockerfile())) {
      throw new UserException("no Dockerfile at " + request.dockerfile());
    }
  }

  /** Builds, streaming events to {@code listener}; a failed build is a result, not an exception. */
  public BuildResult build(BuildRequest request, Consumer<BuildEvent> listener) {
    Plan plan = plan(request);
    String file = displayName(request.dockerfile());
    plan.outline().directive("syntax").ifPresent(d -> listener.accept(new BuildEvent.Note(file + ":" + d.line()
        + ": '# syntax=" + d.value() + "' makes BuildKit pull that frontend image from a registry; with no"
        + " registry reachable the build fails (the built-in frontend already handles RUN --mount)")));
    long start = System.nanoTime();
    BuildResult result;
    try {
      result = switch (plan.path()) {
        case BUILDKIT, PODMAN -> buildWithCli(request, plan, listener, file, start);
        case ENGINE_API -> buildWithApi(request, plan, listener, file, start);
      };
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserException("build interrupted");
    } catch (IOException e) {
      throw new UserException("build failed to run: " + e.getMessage());
    }
    listener.accept(new BuildEvent.Finished(result));
    return result;
  }

  private BuildResult buildWithCli(BuildRequest request, Plan plan, Consumer<BuildEvent> listener, String file,
      long start) throws IOException, InterruptedException {
    boolean podman = plan.path() == BuildPath.PODMAN;
    Path iidFile = Files.createTempFile("dockwright-iid", ".txt");
    try {
      List<String> cmd = new ArrayList<>();
      cmd.add(plan.cli().orElseThrow().binary().toString());
      cmd.add("build");
      if (podman) {
        // The OCI image config has no HEALTHCHECK; Docker format keeps it.
        cmd.add("--format=docker");
      } else {
        cmd.add("--progress=plain");
      }
      cmd.addAll(List.of("-f", request.dockerfile().toString(), "--iidfile", iidFile.toString()));
      if (request.network() == BuildRequest.Network.NONE) {
        cmd.addAll(List.of("--network", "none"));
      }
      for (String tag : request.tags()) {
        cmd.addAll(List.of("-t", tag));
      }
      request.target().ifPresent(t -> cmd.addAll(List.of("--target", t)));
      request.buildArgs().forEach((k, v) -> cmd.addAll(List.of("--build-arg", k + "=" + v)));
      request.platform().ifPresent(p -> cmd.addAll(List.of("--platform", p)));
      if (request.noCache()) {
        cmd.add("--no-cache");
      }
      cmd.add(request.context().toString());
      listener.accept(new BuildEvent.Started(plan.path(), plan.reason(), List.copyOf(cmd)));

      ProgressParser parser = podman ? new PodmanProgressParser(plan.outline(), listener, System::nanoTime)
          : new BuildkitProgressParser(plan.outline(), listener, System::nanoTime);
      Map<String, String> env = new java.util.HashMap<>(engine.cliEnvironment());
      if (!podman) {
        env.put("DOCKER_BUILDKIT", "1");
      }
      int exit = EngineCli.run(cmd, env, request.context(), parser::line);
      if (exit == 0) {
        parser.finishRunning();
      }
      Optional<BuildFailure> failure = parser.failure(exit, file);
      // The CLI removes the file when the build fails.
      String iid = Files.exists(iidFile) ? Files.readString(iidFile).strip() : "";
      Optional<String> imageId = failure.isPresent() || iid.isEmpty() ? Optional.empty()
          : Optional.of(iid.startsWith("sha256:") ? iid : "sha256:" + iid);
      return new BuildResult(plan.path(), imageId, request.tags(), parser.steps(),
          Duration.ofNanos(System.nanoTime() - start), failure);
    } finally {
      Files.deleteIfExists(iidFile);
    }
  }

  private BuildResult buildWithApi(BuildRequest request, Plan plan, Consumer<BuildEvent> listener, String file,
      long start) throws IOException, InterruptedException {
    BuildContext context = BuildContext.scan(request.context(), request.dockerfile());
    listener.accept(new BuildEvent.Started(plan.path(), plan.reason(),
        List.of("POST /build (docker-java), context " + context.entries().size() + " entries")));
    Path tar = Files.createTempFile("dockwright-context", ".tar");
    try {
      try (OutputStream out = Files.newOutputStream(tar)) {
        context.writeTar(out);
      }
      LegacyProgressParser parser = new LegacyProgressParser(plan.outline(), listener, System::nanoTime);
      String[] imageId = new String[1];
      Throwable[] transportError = new Throwable[1];
      try (InputStream in = Files.newInputStream(tar)) {
        BuildImageCmd cmd = engine.api().buildImageCmd()
            .withTarInputStream(in)
            .withDockerfilePath(context.dockerfileName())
            .withPull(false)
            .withRemove(true)
            .withForcerm(true)
            .withNoCache(request.noCache());
        if (!request.tags().isEmpty()) {
          cmd.withTags(new HashSet<>(request.tags()));
        }
        request.target().ifPresent(cmd::withTarget);
        request.buildArgs().forEach(cmd::withBuildArg);
        request.platform().ifPresent(cmd::withPlatform);
        if (request.network() == BuildRequest.Network.NONE) {
          cmd.withNetworkMode("none");
        }
        cmd.exec(new ResultCallback.Adapter<BuildResponseItem>() {
          @Override
          public void onNext(BuildResponseItem item) {
            if (item.getStream() != null) {
              item.getStream().lines().forEach(parser::line);
            }
            if (item.isErrorIndicated()) {
              String msg = item.getErrorDetail() != null && item.getErrorDetail().getMessage() != null
                  ? item.getErrorDetail().getMessage() : item.getError();
              parser.error(msg == null ? "build failed" : msg);
            }
            if (item.getImageId() != null) {
              imageId[0] = item.getImageId();
            }
          }

          @Override
          public void onError(Throwable throwable) {
            transportError[0] = throwable;
            super.onError(throwable);
          }
        }).awaitCompletion();
      } catch (RuntimeException e) {
        transportError[0] = e;
      }
      if (transportError[0] != null && parser.error == null) {
        String why = Optional.ofNullable(transportError[0].getMessage()).orElse(transportError[0].toString());
        if (why.contains("Connection refused") || why.contains("No such file")) {
          throw EngineException.unreachable(engine.host(), why);
        }
        parser.error(why.lines().findFirst().orElse(why));
      }
      boolean ok = parser.error == null && imageId[0] != null;
      if (ok) {
        parser.finishRunning();
      }
      Optional<BuildFailure> failure = parser.failure(ok ? 0 : 1, file);
      Optional<String> id = failure.isPresent() ? Optional.empty()
          : Optional.of(imageId[0].startsWith("sha256:") ? imageId[0] : "sha256:" + imageId[0]);
      return new BuildResult(plan.path(), id, request.tags(), parser.steps(),
          Duration.ofNanos(System.nanoTime() - start), failure);
    } finally {
      Files.deleteIfExists(tar);
    }
  }

  /** The Dockerfile as the user would name it: relative to the working directory when inside it. */
  private static String displayName(Path dockerfile) {
    Path abs = dockerfile.toAbsolutePath().normalize();
    Path cwd = Path.of("").toAbsolutePath();
    return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
  }
}
