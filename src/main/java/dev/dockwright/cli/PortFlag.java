package dev.dockwright.cli;

import dev.dockwright.generate.Target;
import dev.dockwright.io.UserException;

/** The checks of {@code --port} that init and convert share, so both refuse the same ports alike. */
final class PortFlag {
  private PortFlag() {}

  /** A port number, and one the target allows (port-8080's contract is port 8080). */
  static void check(int port, Target target) {
    if (port < 1 || port > 65535) {
      throw new UserException("--port " + port + ": not a port number (1-65535)");
    }
    if (target == Target.PORT_8080 && port != 8080) {
      throw new UserException("--port " + port + " conflicts with --target port-8080");
    }
  }
}
