package dev.dockwright.compose;

import dev.dockwright.syntax.LineIndex;
import dev.dockwright.syntax.Range;
import java.util.List;
import java.util.Optional;

/**
 * A Compose file that parsed: its text, its top-level keys and its services, each value with its
 * position. Built by {@link ComposeParser}.
 */
public final class ComposeFile {

  /** A top-level key and where its key and value are. */
  public record TopLevelEntry(String key, Range keyRange, Range valueRange) {}

  private final YamlText yaml;
  private final List<TopLevelEntry> topLevel;
  private final List<Service> services;

  ComposeFile(YamlText yaml, List<TopLevelEntry> topLevel, List<Service> services) {
    this.yaml = yaml;
    this.topLevel = List.copyOf(topLevel);
    this.services = List.copyOf(services);
  }

  public String text() {
    return yaml.text();
  }

  public LineIndex lines() {
    return yaml.lines();
  }

  /** The top-level keys in file order ({@code version}, {@code services}, {@code x-...}). */
  public List<TopLevelEntry> topLevel() {
    return topLevel;
  }

  public Optional<TopLevelEntry> topLevel(String key) {
    return topLevel.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  /** The services in file order. */
  public List<Service> services() {
    return services;
  }

  public Optional<Service> service(String name) {
    return services.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
