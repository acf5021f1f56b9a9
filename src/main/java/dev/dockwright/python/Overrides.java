package dev.dockwright.python;

/**
 * Answers the user gave on the command line; each null field is left to detection.
 *
 * @param app {@code module:attr}, {@code file.py}, {@code file.py:obj} (FastMCP) or a console
 *     script name, read according to the framework
 */
public record Overrides(String python, Framework framework, String app, Integer port,
    String health, PackageManager packageManager) {

  public static final Overrides NONE = new Overrides(null, null, null, null, null, null);

  public boolean isEmpty() {
    return equals(NONE);
  }

  public Overrides withPython(String v) {
    return new Overrides(v, framework, app, port, health, packageManager);
  }

  public Overrides withFramework(Framework v) {
    return new Overrides(python, v, app, port, health, packageManager);
  }

  public Overrides withApp(String v) {
    return new Overrides(python, framework, v, port, health, packageManager);
  }

  public Overrides withPort(Integer v) {
    return new Overrides(python, framework, app, v, health, packageManager);
  }

  public Overrides withHealth(String v) {
    return new Overrides(python, framework, app, port, v, packageManager);
  }

  public Overrides withPackageManager(PackageManager v) {
    return new Overrides(python, framework, app, port, health, v);
  }
}
