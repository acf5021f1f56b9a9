package dev.dockwright.verify.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import dev.dockwright.engine.Engine;
import dev.dockwright.verify.cst.CommandRunner;
import dev.dockwright.verify.cst.StructureTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs container-structure-test commands in containers, as CST's docker driver does: a fresh
 * container per command with the ENTRYPOINT cleared, output collected per stream, and each
 * container committed so the next command of the session sees its file changes. Everything it
 * makes is tracked by {@link VerifyResources} and removed when the session closes.
 */
public final class EngineCommandRunner implements CommandRunner {
  private final Engine engine;
  private final String image;
  private final VerifyResources resources;

  public EngineCommandRunner(Engine engine, String image, VerifyResources resources) {
    this.engine = engine;
    this.image = image;
    this.resources = resources;
  }

  @Override
  public Session open(Map<String, String> env, StructureTest.ContainerRunOptions options) throws IOException {
    Map<String, String> base = new LinkedHashMap<>();
    for (String name : options.envVars()) {
      // CST's containerRunOptions.envVars: host variables passed through by name.
      String v = System.getenv(name);
      if (v != null) {
        base.put(name, v);
      }
    }
    if (options.envFile().isPresent()) {
      for (String line : Files.readAllLines(Path.of(options.envFile().get()), StandardCharsets.UTF_8)) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        int eq = t.indexOf('=');
        if (eq > 0) {
          base.put(t.substring(0, eq), t.substring(eq + 1));
        } else if (System.getenv(t) != null) {
          base.put(t, System.getenv(t));
        }
      }
    }
    base.putAll(env);
    return new EngineSession(base, options);
  }

  private final class EngineSession implements Session {
    private final Map<String, String> env;
    private final StructureTest.ContainerRunOptions options;
    private final List<String> committed = new ArrayList<>();
    private String current = image;

    EngineSession(Map<String, String> env, StructureTest.ContainerRunOptions options) {
      this.env = env;
      this.options = options;
    }

    @Override
    public Result run(List<String> argv, Map<String, String> runEnv, Duration timeout) throws IOException {
      DockerClient api = engine.api();
      Map<String, String> all = new LinkedHashMap<>(env);
      all.putAll(runEnv);
      HostConfig host = HostConfig.newHostConfig().withPrivileged(options.privileged());
      if (!options.capabilities().isEmpty()) {
        host.withCapAdd(options.capabilities().stream().map(c -> Capability.valueOf(c.toUpperCase(java.util.Locale.ROOT)
            .replaceFirst("^CAP_", ""))).toArray(Capability[]::new));
      }
      if (!options.bindMounts().isEmpty()) {
        host.withBinds(options.bindMounts().stream().map(Bind::parse).toList());
      }
      CreateContainerCmd cmd = api.createContainerCmd(current)
          .withEntrypoint("")
          .withCmd(argv)
          .withEnv(all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList())
          .withLabels(resources.labels())
          .withTty(options.allocateTty())
          .withHostConfig(host);
      options.user().ifPresent(cmd::withUser);
      String id;
      try {
        id = resources.creating(() -> cmd.exec().getId());
      } catch (RuntimeException e) {
        throw new IOException("cannot create a container of " + current + ": " + e.getMessage(), e);
      }
      resources.container(id);
      long t0 = System.nanoTime();
      try {
        api.startContainerCmd(id).exec();
        Integer code;
        boolean timedOut = false;
        try {
          code = api.waitContainerCmd(id).start().awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
          // docker-java reports a wait that ran out of time as an exception
          timedOut = true;
          api.killContainerCmd(id).exec();
          code = -1;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        api.logContainerCmd(id).withStdOut(true).withStdErr(true).exec(new ResultCallback.Adapter<Frame>() {
          @Override
          public void onNext(Frame frame) {
            (frame.getStreamType() == StreamType.STDERR ? err : out).writeBytes(frame.getPayload());
          }
        }).awaitCompletion(30, TimeUnit.SECONDS);
        if (!timedOut) {
          // The next command of the session starts from this one's file system.
          String next = api.commitCmd(id).withLabels(resources.labels()).exec();
          resources.image(next);
          committed.add(next);
          current = next;
        }
        return new Result(code == null ? -1 : code, out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8), took, timedOut);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      } catch (RuntimeException e) {
        throw new IOException("running " + argv + " failed: " + e.getMessage(), e);
      } finally {
        try {
          api.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
        } catch (RuntimeException ignored) {
          // VerifyResources removes it at the end
        }
      }
    }

    @Override
    public void close() {
      for (int i = committed.size() - 1; i >= 0; i--) {
        try {
          engine.api().removeImageCmd(committed.get(i)).withForce(true).exec();
        } catch (RuntimeException ignored) {
          // VerifyResources removes it at the end
        }
      }
    }
  }
}
