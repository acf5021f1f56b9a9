package dev.dockwright.model;

import dev.dockwright.model.image.ImageFacts;
import dev.dockwright.model.image.Presence;

/**
 * Whether the image a stage builds has a program a health check (or anything else run in the
 * container) calls: installed by the stage or a stage it is built FROM (BusyBox provides wget),
 * copied in as a binary of that name, or known from the base image ({@link ImageFacts}: curl and
 * wget). Anything else is unknown, and rules treat unknown as "do not guess". Shared by the
 * Dockerfile HEALTHCHECK rule and the Compose healthcheck rule.
 */
public final class ToolPresence {
  private ToolPresence() {}

  /** The programs whose presence in base images {@link ImageFacts} describes. */
  public static boolean known(String tool) {
    return tool.equals("curl") || tool.equals("wget");
  }

  /** Whether the image of {@code stage} has {@code tool}. */
  public static Presence of(Stage stage, String tool) {
    if (Installs.installs(stage, tool) || (tool.equals("wget") && Installs.installs(stage, "busybox"))
        || copiesBinary(stage, tool)) {
      return Presence.PRESENT;
    }
    return of(stage.facts(), tool);
  }

  /** Whether an image described by {@code facts} has {@code tool}. */
  public static Presence of(ImageFacts facts, String tool) {
    return switch (tool) {
      case "curl" -> facts.curl();
      case "wget" -> facts.wget();
      default -> Presence.UNKNOWN;
    };
  }

  /** {@code COPY --from=... /usr/bin/curl /usr/local/bin/} and the like, here or in a parent. */
  private static boolean copiesBinary(Stage stage, String tool) {
    for (Stage s = stage; s != null; s = s.parent().orElse(null)) {
      for (CopyStep copy : s.steps(CopyStep.class)) {
        if (copy.sources().stream().anyMatch(src -> baseName(src).equals(tool))
            || baseName(copy.resolvedDestination()).equals(tool)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String baseName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
