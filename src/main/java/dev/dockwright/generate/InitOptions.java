package dev.dockwright.generate;

/**
 * Choices for the generated files that are not about the project itself.
 *
 * @param baseImage replaces {@code python:3.X-slim} in both stages (null: the official slim image
 *     of the detected minor)
 * @param airGapped leave out the {@code # syntax=} line, for builders that cannot pull the
 *     Dockerfile frontend image
 * @param scripts also write the build and run scripts
 */
public record InitOptions(Target target, boolean singleStage, boolean airGapped, String baseImage,
    boolean scripts) {

  public static InitOptions defaults() {
    return new InitOptions(Target.GENERIC, false, false, null, false);
  }

  public InitOptions withTarget(Target t) {
    return new InitOptions(t, singleStage, airGapped, baseImage, scripts);
  }

  public InitOptions withSingleStage(boolean b) {
    return new InitOptions(target, b, airGapped, baseImage, scripts);
  }

  public InitOptions withAirGapped(boolean b) {
    return new InitOptions(target, singleStage, b, baseImage, scripts);
  }

  public InitOptions withScripts(boolean b) {
    return new InitOptions(target, singleStage, airGapped, baseImage, b);
  }

  public InitOptions withBaseImage(String image) {
    return new InitOptions(target, singleStage, airGapped, image, scripts);
  }
}
