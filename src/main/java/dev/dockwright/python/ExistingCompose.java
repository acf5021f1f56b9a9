package dev.dockwright.python;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A compose file already in the project: the container port its service for this directory
 * publishes is a good hint of the port the app really uses. Unreadable files are ignored: they
 * are hints, not input.
 */
final class ExistingCompose {
  static final List<String> NAMES = List.of(
      "compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml");

  private final String file;
  private final Map<?, ?> doc;

  private ExistingCompose(String file, Map<?, ?> doc) {
    this.file = file;
    this.doc = doc;
  }

  record PublishedPort(int port, String file) {}

  static Optional<ExistingCompose> read(ProjectFiles files) {
    for (String name : NAMES) {
      Optional<String> text = files.read(name);
      if (text.isEmpty()) {
        continue;
      }
      try {
        Object doc = new Load(LoadSettings.builder().build()).loadFromString(text.get());
        if (doc instanceof Map<?, ?> map) {
          return Optional.of(new ExistingCompose(name, map));
        }
      } catch (YamlEngineException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The container port of the service built from "." (or of the only built service). */
  Optional<PublishedPort> containerPort() {
    if (!(doc.get("services") instanceof Map<?, ?> services)) {
      return Optional.empty();
    }
    Map<?, ?> chosen = null;
    int built = 0;
    for (Object svc : services.values()) {
      if (!(svc instanceof Map<?, ?> s) || s.get("build") == null) {
        continue;
      }
      built++;
      Object b = s.get("build");
      Object ctx = b instanceof Map<?, ?> m ? m.get("context") : b;
      if (ctx != null && (ctx.toString().equals(".") || ctx.toString().equals("./"))) {
        chosen = s;
        break;
      }
      chosen = s;
    }
    if (chosen == null || (built > 1 && !isHere(chosen))) {
      return Optional.empty();
    }
    if (chosen.get("ports") instanceof List<?> ports && !ports.isEmpty()) {
      Object p = ports.get(0);
      String spec = p instanceof Map<?, ?> m ? String.valueOf(m.get("target")) : p.toString();
      String container = spec.contains(":") ? spec.substring(spec.lastIndexOf(':') + 1) : spec;
      container = container.replaceAll("/.*$", "");
      try {
        int port = Integer.parseInt(container.strip());
        return Optional.of(new PublishedPort(port, file));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean isHere(Map<?, ?> s) {
    Object b = s.get("build");
    Object ctx = b instanceof Map<?, ?> m ? m.get("context") : b;
    return ctx != null && (ctx.toString().equals(".") || ctx.toString().equals("./"));
  }
}
