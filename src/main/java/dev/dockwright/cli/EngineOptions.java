package dev.dockwright.cli;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.EngineHost;
import dev.dockwright.engine.EngineKind;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --engine} and {@code --host}, shared by the commands that talk to an engine. */
final class EngineOptions {
  @Option(names = "--engine", paramLabel = "docker|podman",
      description = "Engine to use (default: ${DEFAULT-VALUE}). Podman is reached through its Docker-compatible"
          + " socket (podman system service).",
      defaultValue = "docker", converter = EngineKindConverter.class)
  EngineKind engine = EngineKind.DOCKER;

  @Option(names = {"-H", "--host"}, paramLabel = "URL",
      description = "Engine API address, e.g. unix:///var/run/docker.sock or tcp://host:2375 (default: DOCKER_HOST,"
          + " or CONTAINER_HOST for Podman, else the local socket).")
  String host;

  EngineHost resolve() {
    return EngineHost.resolve(engine, Optional.ofNullable(host), System.getenv());
  }

  Engine connect() {
    return Engine.connect(resolve());
  }

  static final class EngineKindConverter implements picocli.CommandLine.ITypeConverter<EngineKind> {
    @Override
    public EngineKind convert(String value) {
      return switch (value.toLowerCase(java.util.Locale.ROOT)) {
        case "docker" -> EngineKind.DOCKER;
        case "podman" -> EngineKind.PODMAN;
        default -> throw new picocli.CommandLine.TypeConversionException(
            "expected docker or podman, got '" + value + "'");
      };
    }
  }
}
