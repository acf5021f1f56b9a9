package dev.dockwright.compose;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a Compose file refers to on disk: its project directory (the file's directory), the
 * {@code .env} there that interpolation reads, and the Dockerfiles its services build, parsed into
 * the semantic model once and shared by every rule. A file without a directory (standard input,
 * tests) refers to nothing: builds cannot be resolved.
 */
public final class ComposeProject {

  private final Optional<Path> directory;
  private final Interpolation interpolation;
  private final Map<String, Optional<DockerfileModel>> models = new ConcurrentHashMap<>();

  public ComposeProject(Optional<Path> directory) {
    this.directory = directory;
    this.interpolation = new Interpolation(directory.map(d -> dotenv(d.resolve(".env")))
        .orElse(Map.of()));
  }

  public Optional<Path> directory() {
    return directory;
  }

  public Interpolation interpolation() {
    return interpolation;
  }

  /**
   * Where a build points; empty when it cannot be known (no project directory, a Git or URL
   * context, {@code dockerfile_inline}, a path depending on an unknown variable).
   */
  public Optional<ResolvedBuild> resolve(Build build) {
    if (directory.isEmpty() || build.inline() || build.remoteContext()) {
      return Optional.empty();
    }
    Optional<String> context = interpolation.resolve(build.context().value());
    Optional<String> named = build.dockerfile().map(s -> interpolation.resolve(s.value()))
        .orElse(Optional.of("Dockerfile"));
    if (context.isEmpty() || named.isEmpty() || named.get().isBlank()) {
      return Optional.empty();
    }
    Path contextDir = directory.get().resolve(expandHome(context.get())).normalize();
    Path dockerfile = contextDir.resolve(named.get()).normalize();
    Optional<Path> existing = Files.isRegularFile(dockerfile) ? Optional.of(dockerfile)
        : Optional.empty();
    if (existing.isEmpty() && build.dockerfile().isEmpty()
        && Files.isRegularFile(contextDir.resolve("Containerfile"))) {
      existing = Optional.of(contextDir.resolve("Containerfile"));
    }
    return Optional.of(new ResolvedBuild(contextDir, dockerfile, existing));
  }

  /**
   * The semantic model of the Dockerfile a build uses, with its target and build args; empty when
   * there is none or it does not parse (the Dockerfile's own lint says why).
   */
  public Optional<DockerfileModel> model(Build build) {
    Optional<ResolvedBuild> resolved = resolve(build);
    if (resolved.isEmpty() || resolved.get().existing().isEmpty()) {
      return Optional.empty();
    }
    Path file = resolved.get().existing().get();
    Map<String, String> args = new LinkedHashMap<>();
    build.args().forEach((k, v) -> interpolation.resolve(v).ifPresent(x -> args.put(k, x)));
    String key = file + "\0" + build.target().orElse("") + "\0" + args;
    return models.computeIfAbsent(key, k -> load(file, resolved.get().context(), build, args));
  }

  private static Optional<DockerfileModel> load(Path file, Path context, Build build,
      Map<String, String> args) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8); // malformed UTF-8 throws
    } catch (IOException e) {
      return Optional.empty();
    }
    ParseResult parsed = DockerfileParser.parse(file.toString(), text);
    if (!parsed.errors().isEmpty()) {
      return Optional.empty();
    }
    ModelOptions options = ModelOptions.defaults().withContextDir(context).withBuildArgs(args)
        .withTarget(build.target().orElse(null));
    return Optional.of(DockerfileModel.of(parsed, options));
  }

  private static String expandHome(String path) {
    return path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
  }

  /** {@code NAME=value} lines of a {@code .env} file, quotes removed; comments and blanks skipped. */
  static Map<String, String> dotenv(Path file) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.startsWith("export ")) {
          l = l.substring(7).strip();
        }
        int eq = l.indexOf('=');
        if (l.isEmpty() || l.startsWith("#") || eq <= 0) {
          continue;
        }
        String value = l.substring(eq + 1).strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        out.put(l.substring(0, eq).strip(), value);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of(); // an unreadable .env: nothing is known from it
    }
    return out;
  }
}
