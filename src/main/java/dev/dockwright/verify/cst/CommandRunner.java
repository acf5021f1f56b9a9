package dev.dockwright.verify.cst;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Runs commands in containers of the image under test, for container-structure-test command
 * tests. The engine side of verify implements it (docker-java); the evaluation logic lives in
 * {@link StructureTests}.
 *
 * <p>An implementation is bound to one image (the one under test). What CST's docker driver
 * does, and what an implementation should do:
 * <ul>
 *   <li>{@link #open} starts a session on the image under test; {@link Session#close} removes every
 *       container and intermediate image the session made.
 *   <li>Each {@link Session#run} starts a fresh container with the image's ENTRYPOINT cleared and
 *       argv as its command, waits for it to exit and collects stdout and stderr separately (no
 *       TTY unless {@code allocateTty}).
 *   <li>Filesystem changes of a run are seen by the next runs of the same session (CST commits
 *       the container of each setup command and runs the next step from that image).
 *   <li>The container's environment is the image's, plus the session's env, plus the run's env
 *       (later wins); values arrive already expanded.
 *   <li>{@link StructureTest.ContainerRunOptions} apply to every container: user, privileged,
 *       capabilities, bind mounts, env file, host env vars passed through.
 * </ul>
 */
public interface CommandRunner {

  /**
   * @param env added to the image's environment for every run of the session (CST's
   *     {@code globalEnvVars})
   * @param options CST's {@code containerRunOptions}, {@link StructureTest.ContainerRunOptions#NONE} when absent
   */
  Session open(Map<String, String> env, StructureTest.ContainerRunOptions options) throws IOException;

  interface Session extends AutoCloseable {
    /**
     * Runs argv to completion. A non-zero exit is a result, not an exception; {@link IOException}
     * means the command could not be run at all (engine error).
     *
     * @param timeout kill the container after this long and report {@link Result#timedOut()}
     */
    Result run(List<String> argv, Map<String, String> env, Duration timeout) throws IOException;

    @Override
    void close() throws IOException;
  }

  /** Exit code and output of one run. */
  record Result(int exitCode, String stdout, String stderr, Duration duration, boolean timedOut) {}
}
