package dev.dockwright.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest so it is never out of step with the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {"dockwright " + (v == null ? "dev" : v)};
  }
}
