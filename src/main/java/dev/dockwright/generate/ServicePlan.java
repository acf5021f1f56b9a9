package dev.dockwright.generate;

import dev.dockwright.python.HealthCheck;
import dev.dockwright.python.Project;
import java.util.List;
import java.util.Map;

/**
 * Every decision about one service's image, made once so that the Dockerfile, the compose file
 * and the scripts agree: the renderers only turn this into text.
 *
 * @param image the base image of both stages (same Python minor by construction)
 * @param multiStage whether a builder stage installs the dependencies
 * @param appDir where the source is copied
 * @param workdir where the process starts: the app directory or the import root below it
 * @param http whether the service answers HTTP (false: a worker, with no port or health check)
 * @param port the port the server listens on (the default of {@code $PORT} on Cloud Run)
 * @param command the exec-form CMD
 * @param commandNote comment lines explaining the CMD
 * @param env runtime environment beyond the Python settings every image gets
 * @param healthcheck the exec-form HEALTHCHECK command
 * @param healthTiming the HEALTHCHECK options ({@code --interval=...})
 * @param extraPackages pinned servers the project needs but does not declare
 * @param installProject whether the project itself is installed into the virtualenv
 * @param user the non-root user the process runs as
 * @param collectstatic whether to run Django's collectstatic in the build
 * @param notes remarks for the user about this service
 */
public record ServicePlan(
    Project project,
    Target target,
    String image,
    boolean multiStage,
    String appDir,
    String workdir,
    boolean http,
    int port,
    List<String> command,
    List<String> commandNote,
    Map<String, String> env,
    HealthCheck health,
    List<String> healthcheck,
    String healthTiming,
    List<String> extraPackages,
    boolean installProject,
    User user,
    boolean collectstatic,
    List<String> notes) {

  public ServicePlan {
    command = List.copyOf(command);
    commandNote = List.copyOf(commandNote);
    env = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(env));
    healthcheck = List.copyOf(healthcheck);
    extraPackages = List.copyOf(extraPackages);
    notes = List.copyOf(notes);
  }

  /** The runtime user: a numeric uid (Kubernetes' runAsNonRoot can check it) and a home. */
  public record User(String name, int uid, String home) {}

  public String name() {
    return project.name();
  }
}
