package dev.dockwright.model.image;

/** The distribution family of an image, which decides its package manager and default tools. */
public enum OsFamily {
  DEBIAN("apt-get"), UBUNTU("apt-get"), ALPINE("apk"), RHEL("dnf"), AMAZON("yum"), SUSE("zypper"),
  BUSYBOX(""), DISTROLESS(""), SCRATCH(""), WINDOWS(""), UNKNOWN("");

  private final String packageManager;

  OsFamily(String packageManager) {
    this.packageManager = packageManager;
  }

  /** The native package manager command, empty when the image has none we know. */
  public String packageManager() {
    return packageManager;
  }
}
