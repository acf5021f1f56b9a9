package dev.dockwright.rules.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.dockwright.model.DockerfileModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The Python project beside the Dockerfile (the model's context directory): its
 * {@code pyproject.toml} parsed with Jackson's TOML module, and its small text files
 * ({@code .python-version}, {@code runtime.txt}).
 */
final class PyProject {
  private PyProject() {}

  /**
   * Built on first use: a Jackson mapper costs tens of milliseconds to create, and most
   * Dockerfiles have no TOML file beside them (docs/performance.md).
   */
  private static final class Toml {
    static final TomlMapper MAPPER = new TomlMapper();
  }

  /** {@code pyproject.toml}, when the directory is known and the file parses. */
  static Optional<JsonNode> read(DockerfileModel model) {
    return text(model, "pyproject.toml").flatMap(PyProject::parse);
  }

  /** TOML text parsed; empty when it is not valid TOML (pip refuses it too). */
  static Optional<JsonNode> parse(String toml) {
    try {
      return Optional.of(Toml.MAPPER.readTree(toml));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A small file of the project directory. */
  static Optional<String> text(DockerfileModel model, String name) {
    Optional<Path> dir = model.options().contextDir();
    if (dir.isEmpty()) {
      return Optional.empty();
    }
    Path root = dir.get().toAbsolutePath().normalize();
    return ImageFiles.readSmall(root.resolve(name), root);
  }

  /**
   * Whether {@code uv sync}/{@code poetry install} install the project itself: it declares a
   * build system, or is a poetry package ({@code tool.uv.package = false} and poetry's
   * {@code package-mode = false} say it is not). False without a pyproject.toml.
   */
  static boolean isPackage(DockerfileModel model) {
    Optional<JsonNode> pyproject = read(model);
    if (pyproject.isEmpty()) {
      return false;
    }
    JsonNode tree = pyproject.get();
    if (tree.at("/tool/uv/package").isBoolean()) {
      return tree.at("/tool/uv/package").asBoolean();
    }
    if (tree.at("/tool/poetry/package-mode").isBoolean()
        && !tree.at("/tool/poetry/package-mode").asBoolean()) {
      return false;
    }
    return tree.has("build-system") || tree.at("/tool/poetry/name").isTextual();
  }
}
