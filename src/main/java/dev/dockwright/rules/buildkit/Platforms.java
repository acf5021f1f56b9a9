package dev.dockwright.rules.buildkit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * containerd's platform specifier parsing ({@code platforms.Parse}) as far as BuildKit's checks
 * need it: {@code os[/arch[/variant]]}, or a single OS or architecture, normalized
 * ({@code x86_64} is {@code amd64}, {@code aarch64} is {@code arm64}); the error messages are
 * containerd's. A missing component is taken from the build host, which BuildKit assumes to be
 * {@code linux/amd64} here.
 */
final class Platforms {

  /** A parsed platform. */
  record Platform(String os, String architecture, String variant) {
    /** {@code os/arch[/variant]}, containerd's {@code Format}. */
    String format() {
      return os + "/" + architecture + (variant.isEmpty() ? "" : "/" + variant);
    }
  }

  /** A specifier containerd rejects; the message is containerd's. */
  static final class InvalidPlatform extends Exception {
    InvalidPlatform(String message) {
      super(message, null, false, false);
    }
  }

  static final String HOST_OS = "linux";
  static final String HOST_ARCH = "amd64";

  private static final Pattern SPECIFIER = Pattern.compile("^[A-Za-z0-9_.-]+$");
  private static final Pattern OS =
      Pattern.compile("^([A-Za-z0-9_-]+)(?:\\(([A-Za-z0-9_.%-]*)((?:\\+[A-Za-z0-9_.%-]+)*)\\))?$");
  private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly",
      "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9",
      "solaris", "windows", "zos");
  private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe",
      "arm64", "arm64be", "ppc64", "ppc64le", "loong64", "mips", "mipsle", "mips64", "mips64le",
      "mips64p32", "mips64p32le", "ppc", "riscv", "riscv64", "s390", "s390x", "sparc", "sparc64",
      "wasm");

  private Platforms() {}

  static Platform parse(String specifier) throws InvalidPlatform {
    if (specifier.contains("*")) {
      throw invalid(Go.quote(specifier) + ": wildcards not yet supported");
    }
    String[] parts = specifier.split("/", 4);
    String os = "";
    for (int i = 0; i < parts.length; i++) {
      if (i == 0) {
        Matcher m = OS.matcher(parts[0]);
        if (!m.matches()) {
          throw invalid(Go.quote(parts[0]) + " is an invalid OS component of "
              + Go.quote(specifier) + ": OSAndVersion specifier component must match "
              + Go.quote(OS.pattern()));
        }
        os = normalizeOs(m.group(1));
      } else if (!SPECIFIER.matcher(parts[i]).matches()) {
        throw invalid(Go.quote(parts[i]) + " is an invalid component of " + Go.quote(specifier)
            + ": platform specifier component must match " + Go.quote(SPECIFIER.pattern()));
      }
    }
    switch (parts.length) {
      case 1 -> {
        if (KNOWN_OS.contains(os)) {
          return new Platform(os, HOST_ARCH, "");
        }
        String[] arch = normalizeArch(parts[0], "");
        if (arch[0].equals("arm") && arch[1].equals("v7")) {
          arch[1] = "";
        }
        if (KNOWN_ARCH.contains(arch[0])) {
          return new Platform(HOST_OS, arch[0], arch[1]);
        }
        throw invalid(Go.quote(specifier) + ": unknown operating system or architecture");
      }
      case 2 -> {
        String[] arch = normalizeArch(parts[1], "");
        if (arch[0].equals("arm") && arch[1].equals("v7")) {
          arch[1] = "";
        }
        return new Platform(os, arch[0], arch[1]);
      }
      case 3 -> {
        String[] arch = normalizeArch(parts[1], parts[2]);
        if (arch[0].equals("arm64") && arch[1].isEmpty()) {
          arch[1] = "v8";
        }
        return new Platform(os, arch[0], arch[1]);
      }
      default -> throw invalid(Go.quote(specifier) + ": cannot parse platform specifier");
    }
  }

  private static InvalidPlatform invalid(String message) {
    return new InvalidPlatform(message + ": invalid argument");
  }

  private static String normalizeOs(String os) {
    String lower = os.toLowerCase(Locale.ROOT);
    return lower.equals("macos") ? "darwin" : lower;
  }

  /** containerd's {@code normalizeArch}: {architecture, variant}. */
  private static String[] normalizeArch(String arch, String variant) {
    String a = arch.toLowerCase(Locale.ROOT);
    String v = variant.toLowerCase(Locale.ROOT);
    switch (a) {
      case "i386" -> {
        a = "386";
        v = "";
      }
      case "x86_64", "x86-64", "amd64" -> {
        a = "amd64";
        if (v.equals("v1")) {
          v = "";
        }
      }
      case "aarch64", "arm64" -> {
        a = "arm64";
        v = switch (v) {
          case "8", "v8", "v8.0" -> "";
          case "9", "9.0", "v9.0" -> "v9";
          default -> v;
        };
      }
      case "armhf" -> {
        a = "arm";
        v = "v7";
      }
      case "armel" -> {
        a = "arm";
        v = "v6";
      }
      case "arm" -> v = switch (v) {
        case "", "7" -> "v7";
        case "5", "6", "8" -> "v" + v;
        default -> v;
      };
      default -> { }
    }
    return new String[] {a, v};
  }
}
