package dev.dockwright.image;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runtime configuration and history of an image, from its config blob (Docker and OCI share
 * the field names).
 *
 * @param user {@code USER} as written: empty (= root), a name, a uid, {@code user:group}
 * @param env {@code KEY=VALUE} in image order
 * @param exposedPorts {@code 8000/tcp}, {@code 53/udp}, in image order
 * @param healthcheck empty when the image has none (a {@code HEALTHCHECK NONE} is present but
 *     {@link Healthcheck#disabled()})
 * @param entrypoint empty when unset
 * @param cmd empty when unset
 * @param workdir empty when unset
 * @param stopSignal empty when unset (the engine sends SIGTERM)
 * @param history build steps, oldest first
 * @param diffIds the uncompressed layer digests of {@code rootfs.diff_ids}
 */
public record ImageConfig(
    Platform platform,
    String created,
    String user,
    List<String> env,
    List<String> exposedPorts,
    Optional<Healthcheck> healthcheck,
    Map<String, String> labels,
    List<String> entrypoint,
    List<String> cmd,
    String workdir,
    List<String> volumes,
    String stopSignal,
    List<HistoryEntry> history,
    List<String> diffIds) {

  public ImageConfig {
    env = List.copyOf(env);
    exposedPorts = List.copyOf(exposedPorts);
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    entrypoint = List.copyOf(entrypoint);
    cmd = List.copyOf(cmd);
    volumes = List.copyOf(volumes);
    history = List.copyOf(history);
    diffIds = List.copyOf(diffIds);
  }

  /** Env as a map; a later duplicate wins, as the engine does. */
  public Map<String, String> envMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String kv : env) {
      int eq = kv.indexOf('=');
      if (eq < 0) map.put(kv, "");
      else map.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    return map;
  }

  /** The history steps that produced a layer, aligned with the layers when counts agree. */
  public List<HistoryEntry> layerHistory() {
    return history.stream().filter(h -> !h.emptyLayer()).toList();
  }
}
