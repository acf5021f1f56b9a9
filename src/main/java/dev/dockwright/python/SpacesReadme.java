package dev.dockwright.python;

import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The YAML front matter of README.md that configures a Hugging Face Space ({@code sdk},
 * {@code app_port}).
 */
public record SpacesReadme(boolean hasFrontMatter, String sdk, Integer appPort) {

  static SpacesReadme read(ProjectFiles files) {
    Optional<String> text = files.read("README.md");
    if (text.isEmpty()) {
      return new SpacesReadme(false, null, null);
    }
    String t = text.get().replace("\r\n", "\n");
    if (!t.startsWith("---\n")) {
      return new SpacesReadme(false, null, null);
    }
    int end = t.indexOf("\n---", 4);
    if (end < 0) {
      return new SpacesReadme(false, null, null);
    }
    try {
      Object doc = new Load(LoadSettings.builder().build()).loadFromString(t.substring(4, end));
      if (doc instanceof Map<?, ?> m) {
        Object sdk = m.get("sdk");
        Object port = m.get("app_port");
        Integer p = port instanceof Number n ? n.intValue() : null;
        return new SpacesReadme(true, sdk == null ? null : sdk.toString(), p);
      }
    } catch (YamlEngineException e) {
      // not YAML after all: treat as no front matter
    }
    return new SpacesReadme(false, null, null);
  }
}
