package dev.dockwright.rules.shellcheck;

import dev.dockwright.model.Stage;
import dev.dockwright.model.image.ImageRef;
import dev.dockwright.model.image.OsFamily;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a stage is built on a Windows image, by what the reference says: the model's facts
 * (the official python images' Windows tags), Microsoft's Windows repositories
 * ({@code mcr.microsoft.com/windows/servercore}) and the tags Windows variants use everywhere
 * ({@code windowsservercore}, {@code nanoserver}, {@code ltsc2022}).
 */
final class WindowsImages {
  private WindowsImages() {}

  static boolean isWindows(Stage stage) {
    if (stage.facts().os() == OsFamily.WINDOWS) {
      return true;
    }
    Optional<ImageRef> image = stage.image();
    String ref = image.map(ImageRef::raw).orElse(stage.baseText()).toLowerCase(Locale.ROOT);
    String repository = image.map(ImageRef::repository).orElse("").toLowerCase(Locale.ROOT);
    return repository.startsWith("windows/") || repository.contains("/windows/")
        || repository.endsWith("/windows") || ref.contains("windowsservercore")
        || ref.contains("servercore") || ref.contains("nanoserver")
        || ref.matches(".*[:-]ltsc20\\d\\d.*");
  }
}
