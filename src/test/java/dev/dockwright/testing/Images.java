package dev.dockwright.testing;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import dev.dockwright.engine.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Small engine helpers for tests: run a command in an image and collect its output. */
public final class Images {
  private Images() {}

  /** The fixture project the engine tests build, in the source tree. */
  public static Path serviceProject() {
    return Path.of("src/test/resources/projects/service").toAbsolutePath();
  }

  /** Runs {@code cmd} in a fresh container of {@code image} (no network) and returns its stdout. */
  public static String run(Engine engine, String image, String... cmd) throws InterruptedException {
    CreateContainerResponse c = engine.api().createContainerCmd(image)
        .withCmd(cmd)
        .withEntrypoint(new String[0])
        .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
        .exec();
    try {
      engine.api().startContainerCmd(c.getId()).exec();
      engine.api().waitContainerCmd(c.getId()).start().awaitStatusCode(60, TimeUnit.SECONDS);
      StringBuilder out = new StringBuilder();
      engine.api().logContainerCmd(c.getId()).withStdOut(true).withStdErr(false)
          .exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
              out.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
            }
          }).awaitCompletion(30, TimeUnit.SECONDS);
      return out.toString();
    } finally {
      engine.api().removeContainerCmd(c.getId()).withForce(true).exec();
    }
  }

  /** Removes an image if present, ignoring "no such image". */
  public static void removeQuietly(Engine engine, String image) {
    try {
      engine.api().removeImageCmd(image).withForce(true).exec();
    } catch (RuntimeException ignored) {
      // not there
    }
  }
}
