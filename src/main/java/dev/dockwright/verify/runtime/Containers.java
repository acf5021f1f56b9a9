package dev.dockwright.verify.runtime;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.ExecCreateCmdResponse;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import dev.dockwright.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Exec and logs on a running container, with the output split by stream. */
final class Containers {
  private Containers() {}

  /** Outcome of a command run with exec; exit code -1 when it did not finish in time. */
  record ExecResult(long exitCode, String stdout, String stderr) {
    boolean ok() {
      return exitCode == 0;
    }
  }

  static ExecResult exec(Engine engine, String container, List<String> argv, Duration timeout)
      throws InterruptedException {
    ExecCreateCmdResponse exec = engine.api().execCreateCmd(container)
        .withCmd(argv.toArray(String[]::new))
        .withAttachStdout(true)
        .withAttachStderr(true)
        .exec();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    boolean finished = engine.api().execStartCmd(exec.getId()).exec(new ResultCallback.Adapter<Frame>() {
      @Override
      public void onNext(Frame frame) {
        (frame.getStreamType() == StreamType.STDERR ? err : out).writeBytes(frame.getPayload());
      }
    }).awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
    Long code = finished ? engine.api().inspectExecCmd(exec.getId()).exec().getExitCodeLong() : null;
    return new ExecResult(code == null ? -1 : code, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }

  /** The container's output so far (stdout and stderr interleaved), last {@code max} lines. */
  static List<String> logs(Engine engine, String container, int max) {
    List<String> lines = new ArrayList<>();
    StringBuilder partial = new StringBuilder();
    try {
      engine.api().logContainerCmd(container).withStdOut(true).withStdErr(true).withTail(max)
          .exec(new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
              partial.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
              int nl;
              while ((nl = partial.indexOf("\n")) >= 0) {
                lines.add(partial.substring(0, nl));
                partial.delete(0, nl + 1);
              }
            }
          }).awaitCompletion(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      lines.add("(logs unavailable: " + e.getMessage() + ")");
    }
    if (partial.length() > 0) {
      lines.add(partial.toString());
    }
    return lines.size() > max ? lines.subList(lines.size() - max, lines.size()) : lines;
  }
}
