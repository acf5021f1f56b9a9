package dev.dockwright.model.image;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is well known about a base image without pulling it: its distribution, its Python, whether
 * curl and wget are installed, and the environment its config sets. Only images whose contents are
 * documented and stable are described; anything else is {@link #unknown()}, and rules treat
 * unknown as "do not guess".
 *
 * @param os distribution family
 * @param python the CPython it ships, when known
 * @param curl whether {@code curl} is installed
 * @param wget whether {@code wget} is installed (BusyBox's counts: it handles plain HTTP probes)
 * @param compilers whether a C compiler is installed ({@code python:X.Y} full images have gcc)
 * @param shell whether {@code /bin/sh} exists (not in distroless or scratch)
 * @param env the ENV the image config is known to set
 */
public record ImageFacts(
    OsFamily os,
    Optional<PythonRuntime> python,
    Presence curl,
    Presence wget,
    Presence compilers,
    Presence shell,
    Map<String, String> env) {

  /** BuildKit gives every Linux image this PATH when its config has none. */
  public static final String DEFAULT_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

  private static final Pattern PYTHON_TAG =
      Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.\\d+)?(?:(?:a|b|rc)\\d*)?(?:-(.*))?$");

  public ImageFacts {
    env = Map.copyOf(env);
  }

  /**
   * Whether a container of this image runs as root when no USER is set: yes for the distribution
   * and Python images we describe (and scratch); unknown for distroless (its {@code nonroot} tags
   * run as uid 65532) and for images we do not describe (many vendor images set their own user).
   */
  public Presence rootByDefault() {
    return switch (os) {
      case UNKNOWN, WINDOWS -> Presence.UNKNOWN;
      case DISTROLESS -> Presence.UNKNOWN;
      default -> Presence.PRESENT;
    };
  }

  public static ImageFacts unknown() {
    return new ImageFacts(OsFamily.UNKNOWN, Optional.empty(), Presence.UNKNOWN, Presence.UNKNOWN,
        Presence.UNKNOWN, Presence.UNKNOWN, Map.of("PATH", DEFAULT_PATH));
  }

  public static ImageFacts scratch() {
    return new ImageFacts(OsFamily.SCRATCH, Optional.empty(), Presence.ABSENT, Presence.ABSENT,
        Presence.ABSENT, Presence.ABSENT, Map.of("PATH", DEFAULT_PATH));
  }

  /** Facts for a base image reference; {@link #unknown()} for images we do not describe. */
  public static ImageFacts of(ImageRef ref) {
    if (ref.isScratch()) {
      return scratch();
    }
    if (!ref.resolved()) {
      return unknown();
    }
    String repo = ref.canonicalRepository();
    String tag = ref.tag().orElse("latest");
    if (ref.isDockerHub() && repo.equals("python")) {
      return officialPython(tag);
    }
    if (repo.equals("astral-sh/uv") && ref.registryHost().equals("ghcr.io")) {
      return uvImage(tag);
    }
    if (ref.isDockerHub()) {
      return switch (repo) {
        case "debian" -> distro(OsFamily.DEBIAN, Presence.ABSENT);
        case "ubuntu" -> distro(OsFamily.UBUNTU, Presence.ABSENT);
        case "alpine" -> distro(OsFamily.ALPINE, Presence.PRESENT);
        case "busybox" -> distro(OsFamily.BUSYBOX, Presence.PRESENT);
        case "fedora", "rockylinux", "almalinux", "centos" -> new ImageFacts(OsFamily.RHEL,
            Optional.empty(), Presence.PRESENT, Presence.UNKNOWN, Presence.ABSENT, Presence.PRESENT,
            Map.of("PATH", DEFAULT_PATH));
        case "amazonlinux" -> new ImageFacts(OsFamily.AMAZON, Optional.empty(), Presence.PRESENT,
            Presence.UNKNOWN, Presence.ABSENT, Presence.PRESENT, Map.of("PATH", DEFAULT_PATH));
        default -> unknown();
      };
    }
    if (ref.registryHost().equals("gcr.io") && repo.startsWith("distroless/")) {
      Optional<PythonRuntime> py = repo.startsWith("distroless/python3")
          ? Optional.of(new PythonRuntime(3, repo.endsWith("debian12") ? 11 : 9, "/usr"))
          : Optional.empty();
      return new ImageFacts(OsFamily.DISTROLESS, py, Presence.ABSENT, Presence.ABSENT,
          Presence.ABSENT, tag.contains("debug") ? Presence.PRESENT : Presence.ABSENT,
          Map.of("PATH", DEFAULT_PATH));
    }
    return unknown();
  }

  /**
   * Official {@code python} images: {@code X.Y[-bookworm]} are built on buildpack-deps (curl,
   * wget, gcc), {@code -slim} variants have none of them, {@code -alpine} has BusyBox wget only.
   */
  private static ImageFacts officialPython(String tag) {
    Optional<PythonRuntime> py = Optional.empty();
    String variant = tag;
    Matcher m = PYTHON_TAG.matcher(tag);
    if (m.matches()) {
      if (m.group(2) != null) {
        py = Optional.of(new PythonRuntime(Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)), "/usr/local"));
      }
      variant = m.group(3) == null ? "" : m.group(3);
    }
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/local/bin:" + DEFAULT_PATH);
    env.put("LANG", "C.UTF-8");
    env.put("GPG_KEY", "");
    env.put("PYTHON_VERSION", py.map(PythonRuntime::version).orElse(""));
    env.put("PYTHON_SHA256", "");
    if (variant.contains("windowsservercore") || variant.contains("nanoserver")) {
      return new ImageFacts(OsFamily.WINDOWS, py, Presence.UNKNOWN, Presence.UNKNOWN,
          Presence.UNKNOWN, Presence.ABSENT, env);
    }
    if (variant.contains("alpine")) {
      return new ImageFacts(OsFamily.ALPINE, py, Presence.ABSENT, Presence.PRESENT,
          Presence.ABSENT, Presence.PRESENT, env);
    }
    if (variant.contains("slim")) {
      return new ImageFacts(OsFamily.DEBIAN, py, Presence.ABSENT, Presence.ABSENT,
          Presence.ABSENT, Presence.PRESENT, env);
    }
    return new ImageFacts(OsFamily.DEBIAN, py, Presence.PRESENT, Presence.PRESENT,
        Presence.PRESENT, Presence.PRESENT, env);
  }

  /** {@code ghcr.io/astral-sh/uv:python3.12-bookworm-slim} and friends; the bare uv image is distroless. */
  private static ImageFacts uvImage(String tag) {
    int i = tag.indexOf("python");
    if (i < 0) {
      return new ImageFacts(OsFamily.DISTROLESS, Optional.empty(), Presence.ABSENT, Presence.ABSENT,
          Presence.ABSENT, Presence.ABSENT, Map.of("PATH", DEFAULT_PATH));
    }
    ImageFacts py = officialPython(tag.substring(i + "python".length()));
    return new ImageFacts(py.os(), py.python(), py.curl(), py.wget(), py.compilers(), py.shell(),
        Map.of("PATH", "/usr/local/bin:" + DEFAULT_PATH));
  }

  private static ImageFacts distro(OsFamily os, Presence wget) {
    return new ImageFacts(os, Optional.empty(), Presence.ABSENT, wget, Presence.ABSENT,
        Presence.PRESENT, Map.of("PATH", DEFAULT_PATH));
  }
}
