package dev.dockwright.generate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes {@code compose.yaml} in the Compose Specification (no {@code version:} key): one service
 * per image with its build context, image tag ({@code REGISTRY}/{@code VERSION} as in the build
 * script), published port, health check and, between services, {@code depends_on} with
 * {@code condition: service_healthy}.
 */
public final class ComposeRenderer {
  private ComposeRenderer() {}

  /** One service: its plan, the build context relative to the compose file, what it needs. */
  public record Service(String name, ServicePlan plan, String context, List<String> dependsOn) {
    public Service {
      dependsOn = List.copyOf(dependsOn);
    }
  }

  public static String render(List<Service> services) {
    StringBuilder sb = new StringBuilder();
    sb.append("# Written by `dockwright init`. `docker compose up --build` builds and starts ")
        .append(services.size() == 1 ? "the service" : "every service")
        .append(";\n# the images are tagged as the build script tags them (REGISTRY, VERSION).\n");
    sb.append("services:\n");
    Set<Integer> hostPorts = new HashSet<>();
    for (Service s : services) {
      ServicePlan p = s.plan();
      int host = p.port();
      while (p.http() && !hostPorts.add(host)) {
        host++; // two services on the same container port: publish the next free host port
      }
      sb.append("  ").append(s.name()).append(":\n");
      sb.append("    build:\n");
      sb.append("      context: ").append(s.context()).append('\n');
      sb.append("    image: ${REGISTRY:-localhost}/").append(s.name())
          .append(":${VERSION:-dev}\n");
      if (p.http()) {
        sb.append("    ports:\n");
        sb.append("      - \"").append(host).append(':').append(p.port()).append("\"\n");
        sb.append("    healthcheck:\n");
        List<String> test = new java.util.ArrayList<>(List.of("CMD"));
        test.addAll(p.healthcheck());
        sb.append("      test: ").append(DockerfileRenderer.json(test)).append('\n');
        for (String opt : p.healthTiming().split(" ")) {
          String[] kv = opt.replaceFirst("^--", "").split("=", 2);
          sb.append("      ").append(kv[0].replace('-', '_')).append(": ").append(kv[1])
              .append('\n');
        }
      }
      sb.append("    restart: unless-stopped\n");
      if (!s.dependsOn().isEmpty()) {
        sb.append("    depends_on:\n");
        for (String d : s.dependsOn()) {
          boolean healthChecked = services.stream().filter(o -> o.name().equals(d))
              .allMatch(o -> o.plan().http());
          sb.append("      ").append(d).append(":\n");
          sb.append("        condition: ").append(healthChecked ? "service_healthy"
              : "service_started").append('\n');
        }
      }
    }
    return sb.toString();
  }
}
