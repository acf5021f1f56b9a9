package dev.dockwright.convert;

import dev.dockwright.io.UserException;
import dev.dockwright.model.DockerfileModel;
import dev.dockwright.model.ModelOptions;
import dev.dockwright.model.Stage;
import dev.dockwright.syntax.Diagnostic;
import dev.dockwright.syntax.DockerfileParser;
import dev.dockwright.syntax.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Reshapes a Python service's Dockerfile: {@code --to single-stage}, {@code --to multi-stage},
 * {@code --target PLATFORM}, or a layout and a platform (the layout first). Every step parses
 * its input again, so each works on a faithful tree, and the result must parse.
 *
 * <pre>{@code
 * Conversion c = Converter.convert("Dockerfile", text,
 *     ConvertOptions.to(Layout.MULTI_STAGE).withTarget(Target.HF_SPACES));
 * c.text();   // the converted Dockerfile
 * c.notes();  // what to know about it
 * }</pre>
 *
 * @throws UserException for input that is not a parsable Python Dockerfile
 * @throws CannotConvert when the conversion would change what the image does
 */
public final class Converter {
  private Converter() {}

  public static Conversion convert(String fileName, String text, ConvertOptions options) {
    List<String> notes = new ArrayList<>();
    String out = text;
    DockerfileModel model = model(fileName, parse(fileName, out));
    if (options.layout().isPresent()) {
      Layout layout = options.layout().get();
      if (layout == Layout.SINGLE_STAGE && !model.isMultiStage()) {
        notes.add("already one stage: nothing to fold");
      } else if (layout == Layout.MULTI_STAGE && model.isMultiStage()) {
        notes.add("already " + model.stages().size() + " stages: nothing to split");
      } else if (layout == Layout.SINGLE_STAGE) {
        out = StageFolder.fold(fileName, new Edits(model.dockerfile()), model, notes);
      } else {
        out = StageSplitter.split(fileName, new Edits(model.dockerfile()), model, notes);
        model = model(fileName, parse(fileName, out));
        if (options.target().isEmpty()) {
          out = Retargeter.ensureNonRootUser(fileName, new Edits(model.dockerfile()), model, notes);
        }
      }
      model = model(fileName, parse(fileName, out));
    }
    if (options.target().isPresent()) {
      out = Retargeter.retarget(fileName, new Edits(model.dockerfile()), model,
          options.target().get(), options.port(), notes);
    }
    ParseResult result = DockerfileParser.parse(fileName, out);
    if (result.hasErrors()) {
      throw new IllegalStateException("the converted Dockerfile does not parse: "
          + result.firstError().get().format(fileName));
    }
    return new Conversion(text, out, notes);
  }

  private static ParseResult parse(String fileName, String text) {
    ParseResult parsed = DockerfileParser.parse(fileName, text);
    if (parsed.hasErrors()) {
      Diagnostic error = parsed.firstError().orElseThrow();
      throw new UserException(error.format(fileName));
    }
    return parsed;
  }

  /** The model, for a Dockerfile whose final image is a Python one we know. */
  private static DockerfileModel model(String fileName, ParseResult parsed) {
    DockerfileModel model = DockerfileModel.of(parsed, ModelOptions.defaults());
    Stage fin = model.finalStage().orElseThrow(
        () -> new UserException(fileName + ": no FROM: not a Dockerfile to convert"));
    if (fin.facts().python().isEmpty()) {
      Stage root = fin;
      while (root.parent().isPresent()) {
        root = root.parent().get();
      }
      throw UserException.at(fileName, root.from().startLine(), root.from().range().start().column(),
          "not a Python image: FROM " + root.baseText() + " (convert reshapes Dockerfiles built on "
              + "the official python images, with the Python minor in the tag)");
    }
    return model;
  }
}
