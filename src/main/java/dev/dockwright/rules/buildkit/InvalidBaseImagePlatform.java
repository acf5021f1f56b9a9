package dev.dockwright.rules.buildkit;

import dev.dockwright.lint.Origin;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleContext;
import dev.dockwright.lint.RuleSpec;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.model.image.OsFamily;
import dev.dockwright.syntax.expand.Expansion;
import java.util.Locale;
import java.util.Optional;

/**
 * BuildKit's InvalidBaseImagePlatform, as far as it can be known without pulling the image.
 * BuildKit compares the platform of the image it pulled with the one the stage asked for. Without
 * a registry only the operating system is known, and only for images whose OS is certain: Windows
 * images (Windows Server Core, Nano Server, {@code python:*-windowsservercore}) and well-known
 * Linux ones (Debian, Ubuntu, Alpine, BusyBox, Fedora and friends, distroless, the python images).
 * A stage that asks for a Linux platform on a Windows image, or the reverse, is reported; an
 * architecture mismatch (an amd64-only image built for arm64) cannot be seen and is not. The
 * pulled image's architecture in the message is assumed to be the requested one.
 */
@RuleSpec(
    code = "InvalidBaseImagePlatform",
    name = "InvalidBaseImagePlatform",
    severity = Severity.WARNING,
    origin = Origin.BUILDKIT,
    summary = "Base image platform does not match expected target platform",
    rationale = """
        When the base image has no variant for the platform being built, the build either fails \
        or produces an image that cannot run on the platform it is labelled for. Here only a \
        Windows-versus-Linux mismatch with a well-known image can be seen statically.""",
    bad = """
        FROM python:3.12-windowsservercore
        """,
    good = """
        FROM python:3.12-slim
        """,
    url = "https://github.com/moby/buildkit/blob/master/frontend/dockerfile/linter/ruleset.go")
public final class InvalidBaseImagePlatform implements Rule {

  @Override
  public void check(RuleContext context) {
    DockerfileModel model = context.model();
    for (Stage stage : model.stages()) {
      if (stage.parent().isPresent() || stage.ownImage().isEmpty()) {
        continue;
      }
      ImageRef image = stage.ownImage().get();
      Optional<String> imageOs = knownOs(stage, image);
      Optional<Platforms.Platform> wanted = requested(model, stage);
      if (imageOs.isEmpty() || wanted.isEmpty() || imageOs.get().equals(wanted.get().os())) {
        continue;
      }
      Platforms.Platform expected = wanted.get();
      String actual = imageOs.get() + "/" + expected.architecture()
          + (expected.variant().isEmpty() ? "" : "/" + expected.variant());
      context.report(stage.range(), "Base image " + stage.baseText() + " was pulled with platform "
          + Go.quote(actual) + ", expected " + Go.quote(expected.format()) + " for current build");
    }
  }

  /** The platform the stage is built for: its {@code --platform}, else the build's target. */
  private static Optional<Platforms.Platform> requested(DockerfileModel model, Stage stage) {
    String spec = model.options().platform();
    Optional<String> flag = FromLine.platform(stage.from());
    if (flag.isPresent()) {
      Expansion e = GlobalArgs.expand(model, flag.get());
      if (e.failed() || e.text().isEmpty()) {
        return Optional.empty();
      }
      spec = e.text();
    }
    try {
      return Optional.of(Platforms.parse(spec));
    } catch (Platforms.InvalidPlatform e) {
      return Optional.empty();
    }
  }

  private static Optional<String> knownOs(Stage stage, ImageRef image) {
    if (!image.resolved() || image.isScratch()) {
      return Optional.empty();
    }
    String repo = image.canonicalRepository();
    String tag = image.tag().orElse("").toLowerCase(Locale.ROOT);
    if (repo.startsWith("windows/") || repo.contains("/windows/")
        || tag.contains("windowsservercore") || tag.contains("nanoserver")) {
      return Optional.of("windows");
    }
    OsFamily os = stage.facts().os();
    return switch (os) {
      case WINDOWS -> Optional.of("windows");
      case DEBIAN, UBUNTU, ALPINE, BUSYBOX, RHEL, AMAZON, SUSE, DISTROLESS -> Optional.of("linux");
      default -> Optional.empty();
    };
  }
}
