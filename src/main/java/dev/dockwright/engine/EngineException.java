package dev.dockwright.engine;

import dev.dockwright.io.UserException;

/** The engine cannot be reached or refused a request: a one-line message, exit code 2. */
public final class EngineException extends UserException {
  public EngineException(String message) {
    super(message, 2);
  }

  /** {@code cannot reach Docker at unix:///var/run/docker.sock: no such socket}. */
  public static EngineException unreachable(EngineHost host, String reason) {
    return new EngineException("cannot reach " + host.kind().displayName() + " at " + host + ": " + reason);
  }
}
