package dev.dockwright.python;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything detected about one Python project, each answer with its source and confidence.
 *
 * @param root the project directory
 * @param name a short name for the service (image and compose service name)
 * @param portEnvVar the environment variable the program itself reads its port from, or null
 * @param servesHttp whether the program answers HTTP at all (false: a worker or a batch job)
 * @param django Django settings when the framework is Django, else null
 * @param spaces the README front matter for Hugging Face Spaces
 * @param notes warnings and remarks worth showing the user
 */
public record Project(
    Path root,
    String name,
    Detected<Dependencies> dependencies,
    Detected<String> python,
    Detected<Framework> framework,
    Detected<Entrypoint> entrypoint,
    Detected<Integer> port,
    String portEnvVar,
    Detected<HealthCheck> health,
    Detected<Boolean> servesHttp,
    DjangoSettings django,
    SpacesReadme spaces,
    List<String> notes) {

  public Project {
    notes = List.copyOf(notes);
  }

  /** The lowest confidence of the answers that decide how the service is built and started. */
  public Confidence overallConfidence() {
    Confidence c = Confidence.HIGH;
    for (Detected<?> d : List.of(dependencies, framework, entrypoint)) {
      if (d.confidence().compareTo(c) < 0) {
        c = d.confidence();
      }
    }
    return c;
  }

  public Project withPython(Detected<String> v) {
    return new Project(root, name, dependencies, v, framework, entrypoint, port, portEnvVar,
        health, servesHttp, django, spaces, notes);
  }

  public Project withFramework(Detected<Framework> f, Detected<Entrypoint> e) {
    return new Project(root, name, dependencies, python, f, e, port, portEnvVar, health,
        servesHttp, django, spaces, notes);
  }

  public Project withEntrypoint(Detected<Entrypoint> e) {
    return new Project(root, name, dependencies, python, framework, e, port, portEnvVar, health,
        servesHttp, django, spaces, notes);
  }

  public Project withPort(Detected<Integer> p) {
    return new Project(root, name, dependencies, python, framework, entrypoint, p, portEnvVar,
        health, servesHttp, django, spaces, notes);
  }

  public Project withHealth(Detected<HealthCheck> h) {
    return new Project(root, name, dependencies, python, framework, entrypoint, port, portEnvVar,
        h, servesHttp, django, spaces, notes);
  }

  public Project withDependencies(Detected<Dependencies> d) {
    return new Project(root, name, d, python, framework, entrypoint, port, portEnvVar, health,
        servesHttp, django, spaces, notes);
  }

  public Project withName(String n) {
    return new Project(root, n, dependencies, python, framework, entrypoint, port, portEnvVar,
        health, servesHttp, django, spaces, notes);
  }
}
