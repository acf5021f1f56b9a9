package dev.dockwright.convert;

import java.util.Set;

/**
 * Which system packages only build things: compilers, build systems, version control (for
 * {@code pip install git+...}) and headers. A runtime image needs none of them; a builder stage
 * needs them all. Shared libraries that compiled wheels load at run time ({@code libpq5}) are
 * not build tools, and neither are their {@code -dev} packages as far as a split is concerned
 * (they bring the library along), see {@link #isHeaders}.
 */
final class BuildTools {
  private static final Set<String> TOOLS = Set.of(
      "build-essential", "build-base", "alpine-sdk", "gcc", "g++", "c++", "cpp", "clang", "make",
      "cmake", "ninja-build", "ninja", "meson", "autoconf", "automake", "libtool", "pkg-config",
      "pkgconf", "pkgconfig", "git", "mercurial", "subversion", "cargo", "rustc", "rust",
      "gfortran", "swig", "bison", "flex", "patch", "binutils", "dpkg-dev", "python3-dev",
      "python-dev", "python3-devel", "libc6-dev", "libc-dev", "musl-dev", "linux-headers",
      "gcc-c++", "cython3");

  private BuildTools() {}

  /** A compiler, build system or VCS client: never needed to run a Python service. */
  static boolean isBuildTool(String pkg) {
    return TOOLS.contains(pkg) || pkg.matches("(gcc|g\\+\\+|clang|llvm|cpp)-[0-9.]+");
  }

  /**
   * Headers for a library ({@code libpq-dev}): needed to compile, and they pull in the library a
   * compiled wheel then needs at run time. A split keeps them in the runtime (dropping them
   * could drop that library); a fold removes them with the build tools, as the builder did.
   */
  static boolean isHeaders(String pkg) {
    return pkg.endsWith("-dev") || pkg.endsWith("-devel");
  }
}
