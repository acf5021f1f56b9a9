package dev.dockwright.image;

import dev.dockwright.io.UserException;
import java.util.Locale;

/**
 * An OCI platform ({@code linux/amd64}, {@code linux/arm64/v8}). Used to pick one manifest from a
 * multi-platform index.
 *
 * @param variant empty when none
 */
public record Platform(String os, String architecture, String variant) {

  public Platform {
    os = os == null ? "" : os;
    architecture = architecture == null ? "" : architecture;
    variant = variant == null ? "" : variant;
  }

  /** Parses {@code os/arch[/variant]}. */
  public static Platform parse(String text) {
    String[] parts = text.trim().split("/");
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()) {
      throw new UserException("bad platform '" + text + "': expected os/arch[/variant], e.g. linux/amd64");
    }
    return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
  }

  /** The platform of this JVM's machine, in OCI spelling. */
  public static Platform host() {
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    String oci = switch (arch) {
      case "amd64", "x86_64" -> "amd64";
      case "aarch64", "arm64" -> "arm64";
      case "x86", "i386", "i686" -> "386";
      case "ppc64le" -> "ppc64le";
      case "s390x" -> "s390x";
      case "riscv64" -> "riscv64";
      default -> arch.startsWith("arm") ? "arm" : arch;
    };
    return new Platform("linux", oci, "");
  }

  /**
   * Whether a manifest's platform satisfies this wanted one. An empty wanted variant accepts any;
   * arm64's implicit variant is v8, as containerd normalises it.
   */
  public boolean accepts(Platform candidate) {
    if (!os.equals(candidate.os) || !architecture.equals(candidate.architecture)) return false;
    if (variant.isEmpty()) return true;
    return normalVariant(variant).equals(normalVariant(candidate.variant));
  }

  private String normalVariant(String v) {
    return architecture.equals("arm64") && v.isEmpty() ? "v8" : v;
  }

  @Override
  public String toString() {
    return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
  }
}
