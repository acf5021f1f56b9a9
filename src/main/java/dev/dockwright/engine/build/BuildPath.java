package dev.dockwright.engine.build;

/** How an image was built; every build says which. */
public enum BuildPath {
  /** BuildKit, driven by the docker CLI ({@code DOCKER_BUILDKIT=1 docker build --progress=plain}). */
  BUILDKIT("BuildKit (docker build)"),
  /** Buildah, driven by {@code podman build}. */
  PODMAN("podman build"),
  /** The Engine API's classic builder, through docker-java; no BuildKit-only syntax. */
  ENGINE_API("Engine API classic builder");

  private final String label;

  BuildPath(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
