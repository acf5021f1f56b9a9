package dev.dockwright.model.image;

/**
 * The CPython an image ships, and where it installs packages. Official {@code python:X.Y} images
 * build Python into {@code /usr/local}, so a virtualenv-less {@code pip install} lands in
 * {@code /usr/local/lib/pythonX.Y/site-packages}: a path that exists only for that minor version.
 *
 * @param major e.g. 3
 * @param minor e.g. 12
 * @param prefix the installation prefix, {@code /usr/local} for official images
 */
public record PythonRuntime(int major, int minor, String prefix) {

  public String version() {
    return major + "." + minor;
  }

  public String sitePackages() {
    return prefix + "/lib/python" + version() + "/site-packages";
  }

  public String libDir() {
    return prefix + "/lib/python" + version();
  }

  public String binDir() {
    return prefix + "/bin";
  }
}
