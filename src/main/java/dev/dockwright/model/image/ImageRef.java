package dev.dockwright.model.image;

import java.util.Locale;
import java.util.Optional;

/**
 * An image reference split the way the Docker distribution grammar splits it:
 * {@code [registry/]repository[:tag][@digest]}.
 *
 * <p>The first path component is a registry only when it looks like a host (has a {@code .} or a
 * {@code :}, or is {@code localhost}); otherwise the image lives on Docker Hub, where one-component
 * names are official images under {@code library/}. References that still contain an unexpanded
 * variable are kept with {@link #resolved()} false, so rules can stay quiet instead of guessing.
 *
 * @param raw the reference as written (after variable expansion, when that was possible)
 * @param registry the registry host, empty for Docker Hub
 * @param repository the path without registry, tag and digest ({@code python},
 *     {@code astral-sh/uv})
 * @param tag the tag, empty when none was given (Docker then uses {@code latest})
 * @param digest {@code sha256:...}, empty when none
 * @param resolved false when the text still holds a {@code $} that could not be expanded
 */
public record ImageRef(
    String raw,
    String registry,
    String repository,
    Optional<String> tag,
    Optional<String> digest,
    boolean resolved) {

  public static final String DOCKER_HUB = "docker.io";

  /** Parses a reference; never fails: odd input gives an odd but total answer. */
  public static ImageRef parse(String text) {
    String s = text.trim();
    boolean resolved = !s.contains("$");
    Optional<String> digest = Optional.empty();
    int at = s.indexOf('@');
    if (at >= 0) {
      digest = Optional.of(s.substring(at + 1));
      s = s.substring(0, at);
    }
    String registry = "";
    int slash = s.indexOf('/');
    if (slash > 0) {
      String first = s.substring(0, slash);
      if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
        registry = first;
        s = s.substring(slash + 1);
      }
    }
    Optional<String> tag = Optional.empty();
    int colon = s.lastIndexOf(':');
    if (colon >= 0 && s.indexOf('/', colon) < 0) {
      tag = Optional.of(s.substring(colon + 1));
      s = s.substring(0, colon);
    }
    return new ImageRef(text.trim(), registry, s, tag, digest, resolved);
  }

  /** Docker Hub names its official images {@code library/x}; both spellings mean the same. */
  public String canonicalRepository() {
    String repo = repository.toLowerCase(Locale.ROOT);
    if (isDockerHub() && repo.startsWith("library/")) {
      return repo.substring("library/".length());
    }
    return repo;
  }

  public boolean isDockerHub() {
    return registry.isEmpty() || registry.equals(DOCKER_HUB)
        || registry.equals("index.docker.io") || registry.equals("registry-1.docker.io");
  }

  /** The registry host, {@code docker.io} when none was written. */
  public String registryHost() {
    return registry.isEmpty() ? DOCKER_HUB : registry;
  }

  public boolean isScratch() {
    return registry.isEmpty() && repository.equals("scratch") && tag.isEmpty() && digest.isEmpty();
  }

  /** The last path component of the repository: {@code python} for {@code library/python}. */
  public String shortName() {
    String repo = canonicalRepository();
    return repo.substring(repo.lastIndexOf('/') + 1);
  }

  /** Tagged {@code latest} explicitly. */
  public boolean isLatest() {
    return tag.map(t -> t.equals("latest")).orElse(false);
  }

  /** Neither a tag nor a digest pins the image. */
  public boolean isUntagged() {
    return tag.isEmpty() && digest.isEmpty();
  }
}
