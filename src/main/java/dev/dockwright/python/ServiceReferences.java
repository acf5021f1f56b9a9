package dev.dockwright.python;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which sibling services a service talks to, read from the string literals of its source
 * ({@code "http://api:8000"}, {@code "redis://cache:6379"}, {@code "api:8000"}): on a compose
 * network services reach each other by name, so a literal naming another service is a
 * dependency on it.
 */
public final class ServiceReferences {
  private static final Pattern HOST_PORT = Pattern.compile(
      "(?:^|//|@)([a-z0-9][a-z0-9_-]*)(?::\\d{2,5})(?:/|$)");

  private ServiceReferences() {}

  public static Set<String> find(Path serviceRoot, Set<String> others) {
    ProjectFiles files = ProjectFiles.of(serviceRoot);
    Set<String> out = new LinkedHashSet<>();
    for (PySource src : files.sources()) {
      for (PyToken s : src.strings()) {
        Matcher m = HOST_PORT.matcher(s.value());
        while (m.find()) {
          if (others.contains(m.group(1))) {
            out.add(m.group(1));
          }
        }
      }
    }
    return out;
  }
}
