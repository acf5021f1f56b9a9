package dev.dockwright.convert;

import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.syntax.DockerfileParser;

/** What the converter tests do to a Dockerfile text: convert it, and read the result's model. */
final class Conversions {
  private Conversions() {}

  static Conversion convert(String text, ConvertOptions options) {
    return Converter.convert("Dockerfile", text, options);
  }

  /** The semantic model of {@code text}, to compare an image's settings before and after. */
  static DockerfileModel model(String text) {
    return DockerfileModel.of(DockerfileParser.parse(text), ModelOptions.defaults());
  }
}
