package dev.dockwright.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The image config JSON (Docker and OCI spell the fields the same) to {@link ImageConfig}. */
final class ConfigParser {
  private ConfigParser() {}

  static ImageConfig parse(JsonNode root) {
    JsonNode c = root.path("config");
    if (c.isMissingNode() || c.isNull()) c = root.path("container_config");
    return new ImageConfig(
        new Platform(Json.text(root, "os"), Json.text(root, "architecture"), Json.text(root, "variant")),
        Json.text(root, "created"),
        Json.text(c, "User"),
        strings(c.path("Env")),
        keys(c.path("ExposedPorts")),
        healthcheck(c.path("Healthcheck")),
        labels(c.path("Labels")),
        strings(c.path("Entrypoint")),
        strings(c.path("Cmd")),
        Json.text(c, "WorkingDir"),
        keys(c.path("Volumes")),
        Json.text(c, "StopSignal"),
        history(root.path("history")),
        strings(root.path("rootfs").path("diff_ids")));
  }

  private static Optional<Healthcheck> healthcheck(JsonNode h) {
    if (!h.isObject()) return Optional.empty();
    return Optional.of(new Healthcheck(
        strings(h.path("Test")),
        nanos(h, "Interval"),
        nanos(h, "Timeout"),
        nanos(h, "StartPeriod"),
        nanos(h, "StartInterval"),
        h.path("Retries").asInt(0)));
  }

  /** Docker stores healthcheck durations as Go nanoseconds. */
  private static Duration nanos(JsonNode h, String field) {
    return Duration.ofNanos(h.path(field).asLong(0));
  }

  private static List<HistoryEntry> history(JsonNode array) {
    List<HistoryEntry> out = new ArrayList<>();
    for (JsonNode h : array) {
      out.add(new HistoryEntry(
          Json.text(h, "created"),
          Json.text(h, "created_by"),
          h.path("empty_layer").asBoolean(false),
          Json.text(h, "comment")));
    }
    return out;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array.isArray()) array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> keys(JsonNode object) {
    List<String> out = new ArrayList<>();
    if (object.isObject()) object.fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Map<String, String> labels(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    if (!object.isObject()) return out;
    for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().isNull() ? "" : e.getValue().asText());
    }
    return out;
  }
}
