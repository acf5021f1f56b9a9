package dev.dockwright.engine;

import java.util.Locale;

/** The container engines verify and build run on. Both speak the Docker Engine API. */
public enum EngineKind {
  DOCKER("Docker"),
  PODMAN("Podman");

  private final String displayName;

  EngineKind(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  /** {@code docker} or {@code podman}, as on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
