package dev.dockwright.lint;

/** Facts about the tool itself that reports quote (SARIF's driver, docs links). */
public final class Dockwright {
  /** The project's home; documentation links of dockwright's own rules live under it. */
  public static final String HOMEPAGE = "https://github.com/dockwright/dockwright";

  private Dockwright() {}

  /** The version from the jar manifest, or {@code dev} when run from classes. */
  public static String version() {
    String version = Dockwright.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
