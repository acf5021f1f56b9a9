package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.syntax.expand.Expansion;
import java.util.Map;
import java.util.Optional;

/**
 * BuildKit's InvalidBaseImagePlatform, where it can be known without pulling the image.
 *
 * <p>BuildKit compares the platform of the image config it pulled with the platform the stage
 * asked for. A multi-platform image (most images) that lacks the platform fails the build
 * instead, and a stage without {@code --platform} may be switched to the image's platform when the
 * builder supports it; neither can be decided statically. What can: a stage with an explicit
 * {@code --platform} built on one of Docker Hub's single-architecture repositories
 * ({@code amd64/}, {@code arm64v8/}, {@code arm32v7/}, {@code i386/}, {@code ppc64le/},
 * {@code s390x/}, {@code riscv64/}, {@code winamd64/} ...), whose platform is known from its name.
 */
@RuleSpec(
    code = "InvalidBaseImagePlatform",
    name = "InvalidBaseImagePlatform",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Base image platform does not match expected target platform",
    rationale = """
        The build then produces an image labelled for one platform whose binaries are for \
        another: it fails with `exec format error` when run, or runs slowly under emulation.""",
    bad = """
        FROM --platform=linux/amd64 arm64v8/alpine:3.20
        """,
    good = """
        FROM --platform=linux/arm64 arm64v8/alpine:3.20
        """,
    url = "https://github.com/moby/buildkit/blob/master/frontend/dockerfile/linter/ruleset.go")
public final class InvalidBaseImagePlatform implements Rule {

  /** Docker Hub's per-architecture namespaces and the platform (normalized) of their images. */
  private static final Map<String, String> ARCHITECTURE_NAMESPACES = Map.ofEntries(
      Map.entry("amd64", "linux/amd64"),
      Map.entry("arm32v5", "linux/arm/v5"),
      Map.entry("arm32v6", "linux/arm/v6"),
      Map.entry("arm32v7", "linux/arm/v7"),
      Map.entry("arm64v8", "linux/arm64"),
      Map.entry("i386", "linux/386"),
      Map.entry("mips64le", "linux/mips64le"),
      Map.entry("ppc64le", "linux/ppc64le"),
      Map.entry("riscv64", "linux/riscv64"),
      Map.entry("s390x", "linux/s390x"),
      Map.entry("winamd64", "windows/amd64"));

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (Stage stage : model.stages()) {
      if (stage.parent().isPresent() || stage.ownImage().isEmpty()) {
        continue;
      }
      Optional<String> actual = singlePlatform(stage.ownImage().get());
      Optional<Platforms.Platform> wanted = requested(model, stage);
      if (actual.isEmpty() || wanted.isEmpty()) {
        continue;
      }
      Platforms.Platform pulled;
      try {
        pulled = Platforms.parse(actual.get());
      } catch (Platforms.InvalidPlatform e) {
        continue;
      }
      Platforms.Platform expected = wanted.get();
      if (pulled.os().equals(expected.os())
          && pulled.architecture().equals(expected.architecture())) {
        continue;
      }
      context.report(stage.range(), "Base image " + stage.baseText() + " was pulled with platform "
          + Go.quote(actual.get()) + ", expected " + Go.quote(expected.format())
          + " for current build");
    }
  }

  /** The stage's explicit {@code --platform}, expanded and parsed. */
  private static Optional<Platforms.Platform> requested(DockerfileModel model, Stage stage) {
    Optional<String> flag = FromLine.platform(stage.from());
    if (flag.isEmpty()) {
      return Optional.empty();
    }
    Expansion e = GlobalArgs.expand(model, flag.get());
    if (e.failed() || e.text().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Platforms.parse(e.text()));
    } catch (Platforms.InvalidPlatform invalid) {
      return Optional.empty();
    }
  }

  /** The platform of a Docker Hub single-architecture repository ({@code arm64v8/python}). */
  private static Optional<String> singlePlatform(ImageRef image) {
    if (!image.resolved() || !image.isDockerHub()) {
      return Optional.empty();
    }
    String repo = image.canonicalRepository();
    int slash = repo.indexOf('/');
    if (slash < 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(ARCHITECTURE_NAMESPACES.get(repo.substring(0, slash)));
  }
}
