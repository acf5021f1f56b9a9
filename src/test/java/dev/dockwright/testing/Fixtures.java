package dev.dockwright.testing;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.build.BuildRequest;
import dev.dockwright.engine.build.BuildResult;
import dev.dockwright.engine.build.ImageBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixture images of the service project, built once per test run (BuildKit's cache makes a
 * rebuild cheap across runs) and tagged {@code dockwright-test/NAME}.
 */
public final class Fixtures {
  private static final Map<String, String> BUILT = new ConcurrentHashMap<>();

  private Fixtures() {}

  /** Builds {@code <name>.Dockerfile} ({@code good} is {@code Dockerfile}); returns its tag. */
  public static String image(Engine engine, String name) {
    String key = engine.kind() + "/" + name;
    return BUILT.computeIfAbsent(key, k -> {
      String dockerfile = name.equals("good") ? "Dockerfile" : name + ".Dockerfile";
      String tag = "dockwright-test/" + name + ":latest";
      BuildResult r = new ImageBuilder(engine).build(BuildRequest.of(Images.serviceProject())
          .withDockerfile(Images.serviceProject().resolve(dockerfile)).withTags(List.of(tag)), e -> { });
      if (!r.succeeded()) {
        throw new AssertionError("fixture " + name + " did not build: " + r.failure());
      }
      return engine.isPodman() ? "localhost/" + tag : tag;
    });
  }
}
