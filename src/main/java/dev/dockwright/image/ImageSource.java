package dev.dockwright.image;

import dev.dockwright.io.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * An image on disk, named the way skopeo and dive name them: {@code docker-archive:PATH[:REF]} for
 * a {@code docker save} tar, {@code oci:PATH[:REF]} for an OCI image layout directory or an OCI
 * archive tar. REF picks one image when the archive holds several (a tag such as
 * {@code python:3.11-slim}, or an OCI ref name such as {@code latest}).
 *
 * @param platform the platform to pick when an index lists several (default: this machine's)
 */
public record ImageSource(Kind kind, Path path, Optional<String> reference, Platform platform) {

  public enum Kind {
    DOCKER_ARCHIVE("docker-archive:"),
    OCI("oci:");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public static ImageSource dockerArchive(Path tar) {
    return new ImageSource(Kind.DOCKER_ARCHIVE, tar, Optional.empty(), Platform.host());
  }

  public static ImageSource oci(Path layoutOrTar) {
    return new ImageSource(Kind.OCI, layoutOrTar, Optional.empty(), Platform.host());
  }

  /** Whether the text names an image on disk rather than an image in an engine. */
  public static boolean isFileSource(String text) {
    for (Kind k : Kind.values()) if (text.startsWith(k.prefix)) return true;
    return false;
  }

  /**
   * Parses {@code docker-archive:PATH[:REF]} or {@code oci:PATH[:REF]}. Since both paths and
   * references may hold colons, the longest prefix that exists on disk is the path.
   */
  public static ImageSource parse(String text) {
    for (Kind k : Kind.values()) {
      if (!text.startsWith(k.prefix)) continue;
      String rest = text.substring(k.prefix.length());
      if (rest.isEmpty()) throw new UserException(text + ": missing path after " + k.prefix);
      if (Files.exists(Path.of(rest))) {
        return new ImageSource(k, Path.of(rest), Optional.empty(), Platform.host());
      }
      for (int colon = rest.lastIndexOf(':'); colon > 0; colon = rest.lastIndexOf(':', colon - 1)) {
        Path p = Path.of(rest.substring(0, colon));
        String ref = rest.substring(colon + 1);
        if (Files.exists(p) && !ref.isEmpty()) {
          return new ImageSource(k, p, Optional.of(ref), Platform.host());
        }
      }
      throw new UserException(text + ": no such file or directory: " + rest);
    }
    throw new UserException("'" + text + "' is not an image file source: expected docker-archive:PATH or oci:PATH");
  }

  public ImageSource withReference(String ref) {
    return new ImageSource(kind, path, Optional.of(ref), platform);
  }

  public ImageSource withPlatform(Platform p) {
    return new ImageSource(kind, path, reference, p);
  }

  /** Reads config, layers and the merged filesystem. */
  public Image open() {
    return Image.open(this);
  }

  @Override
  public String toString() {
    return kind.prefix + path + reference.map(r -> ":" + r).orElse("");
  }
}
