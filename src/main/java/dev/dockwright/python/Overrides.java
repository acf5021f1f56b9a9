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
}
