package dev.dockwright.rules.buildkit;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.model.image.OsFamily;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What BuildKit learns from the base image's config and a static linter can only know for some
 * images: whether its environment is known completely, and whether it is a Windows image.
 */
final class BaseImages {

  /** Docker Hub images whose config sets no variable but PATH (python: PATH, LANG, versions). */
  private static final Set<String> PLAIN_ENVIRONMENT =
      Set.of("debian", "ubuntu", "alpine", "busybox", "python");

  private static final Pattern WINDOWS_NAME = Pattern.compile(
      "(?:^|[/:._-])(?:windows|windowsservercore|nanoserver)(?:[/:._-]|$)");

  private BaseImages() {}

  /**
   * Whether every variable the stage's base image defines is known to the model (scratch, the
   * plain distribution images, the official python images). For any other image a variable may
   * come from its config, which only pulling it would tell.
   */
  static boolean environmentKnown(Stage stage) {
    Optional<ImageRef> root = stage.image();
    if (root.isEmpty()) {
      return false;
    }
    ImageRef image = root.get();
    if (image.isScratch()) {
      return true;
    }
    if (!image.resolved()) {
      return false;
    }
    if (image.isDockerHub() && PLAIN_ENVIRONMENT.contains(image.canonicalRepository())) {
      return stage.facts().os() != OsFamily.WINDOWS;
    }
    return image.registryHost().equals("gcr.io")
        && image.canonicalRepository().startsWith("distroless/");
  }

  /**
   * Whether the stage is built for Windows: its (or its root stage's) {@code --platform} says so,
   * or its base image is a Windows one (Windows Server Core, Nano Server and images built on
   * them, which only run on a Windows builder).
   */
  static boolean isWindows(DockerfileModel model, Stage stage) {
    Stage root = stage;
    while (root.parent().isPresent()) {
      root = root.parent().get();
    }
    Optional<String> platform = FromLine.platform(root.from());
    if (platform.isPresent()) {
      String expanded = GlobalArgs.expand(model, platform.get()).text();
      try {
        return Platforms.parse(expanded).os().equals("windows");
      } catch (Platforms.InvalidPlatform e) {
        return false;
      }
    }
    if (root.facts().os() == OsFamily.WINDOWS) {
      return true;
    }
    return root.ownImage().map(BaseImages::looksWindows).orElse(false);
  }

  /** {@code mcr.microsoft.com/windows/servercore}, {@code microsoft/nanoserver}, {@code *-windowsservercore-*}. */
  private static boolean looksWindows(ImageRef image) {
    String name = image.canonicalRepository() + ":" + image.tag().orElse("").toLowerCase(Locale.ROOT);
    return WINDOWS_NAME.matcher(name).find();
  }
}
