package dev.dockwright.rules.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Step;
import dev.dockwright.syntax.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Streamlit's configuration as the image gives it: {@code --server.x} flags win over
 * {@code STREAMLIT_SERVER_X} variables, which win over {@code .streamlit/config.toml} (read from
 * the build context beside the Dockerfile, when there).
 */
final class StreamlitConfig {
  private StreamlitConfig() {}

  /**
   * Built on first use: a Jackson mapper costs tens of milliseconds to create, and most
   * Dockerfiles have no TOML file beside them (docs/performance.md).
   */
  private static final class Toml {
    static final TomlMapper MAPPER = new TomlMapper();
  }

  /**
   * One option's value and where it is set.
   *
   * @param range the flag word or ENV pair; empty when set by the config file
   */
  record Option(String key, String value, String setBy, Optional<Range> range) {}

  /** The effective value of {@code key} ({@code server.enableCORS}), when anything sets it. */
  static Optional<Option> option(Launch launch, String key) {
    for (Flags.Value v : Flags.values(launch, java.util.Set.of("--" + key))) {
      if (v.value().isPresent()) {
        return Optional.of(new Option(key, v.value().get(), "--" + key,
            Optional.of(launch.range(v.word(), v.valueWord()))));
      }
    }
    String env = envName(key);
    Optional<String> fromEnv = launch.envValue(env);
    if (fromEnv.isPresent()) {
      return Optional.of(new Option(key, fromEnv.get(), env,
          ServerBinding.envRange(launch.stage(), env)));
    }
    String value = contextFile(launch).get(key);
    return value == null ? Optional.empty()
        : Optional.of(new Option(key, value, ".streamlit/config.toml", Optional.empty()));
  }

  /** {@code server.enableXsrfProtection} gives {@code STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION}. */
  static String envName(String key) {
    String snake = key.replace('.', '_')
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2");
    return "STREAMLIT_" + snake.toUpperCase(java.util.Locale.ROOT);
  }

  /**
   * Whether a config file may set server options we cannot read: one in the build context, or
   * an instruction of the image that mentions {@code .streamlit} or {@code config.toml}.
   */
  static boolean mayBeConfiguredByFile(Launch launch) {
    if (!contextFile(launch).isEmpty()) {
      return true;
    }
    for (Stage s : ImageFiles.chain(launch.stage())) {
      for (Step step : s.steps()) {
        String text = step.instruction().text();
        if (text.contains(".streamlit") || text.contains("config.toml")) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code .streamlit/config.toml} of the build context, flattened ({@code server.port}). */
  static Map<String, String> contextFile(Launch launch) {
    Optional<Path> dir = launch.model().options().contextDir();
    if (dir.isEmpty()) {
      return Map.of();
    }
    Path root = dir.get().toAbsolutePath().normalize();
    Optional<String> text = ImageFiles.readSmall(root.resolve(".streamlit/config.toml"), root);
    if (text.isEmpty()) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    try {
      JsonNode tree = Toml.MAPPER.readTree(text.get());
      tree.fields().forEachRemaining(section -> {
        if (section.getValue().isObject()) {
          section.getValue().fields().forEachRemaining(opt -> out.put(
              section.getKey() + "." + opt.getKey(), opt.getValue().asText()));
        }
      });
    } catch (IOException e) {
      // a broken config file: Streamlit refuses it too; nothing we can say about its values
    }
    return out;
  }
}
