package dev.dockwright.python;

/** The tool that installs a project's dependencies, as the generated builder stage uses it. */
public enum PackageManager {
  PIP("pip"),
  UV("uv"),
  POETRY("Poetry"),
  PDM("PDM"),
  /** Hatch declares dependencies in PEP 621 form and has no lock file: pip installs them. */
  HATCH("Hatch"),
  PIPENV("Pipenv");

  private final String display;

  PackageManager(String display) {
    this.display = display;
  }

  public String display() {
    return display;
  }

  /** The spelling used on the command line ({@code --package-manager uv}). */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static PackageManager fromId(String id) {
    for (PackageManager m : values()) {
      if (m.id().equalsIgnoreCase(id) || m.display.equalsIgnoreCase(id)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown package manager '" + id + "' (one of: pip, uv, "
        + "poetry, pdm, hatch, pipenv)");
  }
}
