package dev.dockwright.generate;

import dev.dockwright.python.ProjectDetector;
import dev.dockwright.testsupport.FixtureProjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The test hook over everything init can generate: every fixture project under
 * {@code src/test/resources/projects} with every target, multi-stage and single-stage. Tests that
 * check generated Dockerfiles (structure, lint, build) take their cases from {@link #cases()}.
 */
public final class GeneratedDockerfiles {
  public static final Path FIXTURES = FixtureProjects.ROOT;
  /** Fixtures that are not one Python project: no project, or a repository of services. */
  private static final List<String> NOT_SINGLE = List.of("not-python", "e2e-multi");

  private GeneratedDockerfiles() {}

  /** Names of the single-project fixtures. */
  public static List<String> fixtures() {
    try (Stream<Path> s = Files.list(FIXTURES)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .filter(n -> !NOT_SINGLE.contains(n)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** (fixture, target, singleStage) for every fixture and target, both stage layouts. */
  public static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (String f : fixtures()) {
      for (Target t : Target.values()) {
        out.add(Arguments.of(f, t, false));
        out.add(Arguments.of(f, t, true));
      }
    }
    return out.stream();
  }

  public static InitOptions options(Target target, boolean singleStage) {
    return InitOptions.defaults().withTarget(target).withSingleStage(singleStage);
  }

  public static Generation generate(String fixture, Target target, boolean singleStage) {
    return Generator.single(ProjectDetector.detect(FIXTURES.resolve(fixture)),
        options(target, singleStage));
  }

  /** The Dockerfile a user gets for this fixture and target. */
  public static String dockerfile(String fixture, Target target, boolean singleStage) {
    return file(generate(fixture, target, singleStage), "Dockerfile");
  }

  public static String file(Generation g, String path) {
    return g.files().stream().filter(f -> f.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + path + " generated")).content();
  }
}
