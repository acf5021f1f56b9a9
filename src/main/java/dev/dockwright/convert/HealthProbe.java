package dev.dockwright.convert;

import dev.dockwright.generate.DockerfileRenderer;
import dev.dockwright.generate.ServicePlanner;
import dev.dockwright.generate.Target;
import dev.dockwright.model.CommandSpec;
import dev.dockwright.model.HealthcheckStep;
import dev.dockwright.python.HealthCheck;
import dev.dockwright.syntax.Flag;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an existing HEALTHCHECK asks (path and port, strict or lenient) and the check init
 * writes instead: one line of {@code http.client} run by the image's Python, so the image needs
 * no curl, following {@code $PORT} on Cloud Run.
 */
final class HealthProbe {
  /** init's timing; port-8080 checks every 5 s so the service is healthy within 30 s. */
  static final String TIMING = "--interval=10s --timeout=3s --start-period=20s --retries=3";
  static final String FAST_TIMING = "--interval=5s --timeout=3s --start-period=30s --retries=3";

  private static final Pattern URL = Pattern.compile(
      "https?://(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1?\\]|[\\w.-]+)(?::(?<port>\\d{1,5}))?"
          + "(?<path>/[^\\s'\"\\\\)]*)?");
  private static final Pattern HTTP_CLIENT = Pattern.compile(
      "HTTPConnection\\(\\s*'[^']*'\\s*,\\s*(?<port>\\d{1,5})");
  private static final Pattern REQUEST_PATH =
      Pattern.compile("request\\(\\s*'GET'\\s*,\\s*'(?<path>/[^']*)'");
  private static final Pattern THRESHOLD = Pattern.compile("status\\s*>=\\s*(?<code>[45]00)");

  private HealthProbe() {}

  /**
   * What an existing check asks for.
   *
   * @param port the port it probes, when written
   * @param check the path and strictness, when a path is written
   */
  record Existing(Optional<Integer> port, Optional<HealthCheck> check) {}

  static Existing read(HealthcheckStep step) {
    String text = step.command().map(HealthProbe::text).orElse("");
    Optional<Integer> port = Optional.empty();
    Optional<String> path = Optional.empty();
    Matcher url = URL.matcher(text);
    if (url.find()) {
      port = Optional.ofNullable(url.group("port")).map(Integer::parseInt);
      path = Optional.of(url.group("path") == null ? "/" : url.group("path"));
    }
    Matcher client = HTTP_CLIENT.matcher(text);
    if (client.find()) {
      port = Optional.of(Integer.parseInt(client.group("port")));
      Matcher p = REQUEST_PATH.matcher(text);
      path = p.find() ? Optional.of(p.group("path")) : Optional.of("/");
    }
    Matcher t = THRESHOLD.matcher(text);
    boolean lenient = t.find() && t.group("code").equals("500");
    return new Existing(port, path.map(p -> new HealthCheck(p, !lenient)));
  }

  private static String text(CommandSpec spec) {
    return spec instanceof CommandSpec.Exec e ? String.join(" ", e.values())
        : ((CommandSpec.Shell) spec).source().text();
  }

  /** The options as written ({@code --interval=5s ...}), or empty. */
  static String options(HealthcheckStep step, String source) {
    List<Flag> flags = step.instruction().flags();
    StringBuilder sb = new StringBuilder();
    for (Flag f : flags) {
      sb.append(sb.length() == 0 ? "" : " ").append(f.range().text(source));
    }
    return sb.toString();
  }

  /** A HEALTHCHECK instruction in init's shape. */
  static String render(HealthCheck check, Target target, int port, String options) {
    String code = ServicePlanner.healthcheckCode(check, target, port);
    return "HEALTHCHECK " + options + " \\\n  CMD "
        + DockerfileRenderer.json(List.of("python", "-c", code)) + "\n";
  }
}
