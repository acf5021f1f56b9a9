package dev.dockwright.convert;

import dev.dockwright.model.DockerfileModel;
import java.util.List;

final class StageFolder {
  private StageFolder() {}

  static String fold(String fileName, Edits edits, DockerfileModel model, List<String> notes) {
    throw CannotConvert.file(fileName, "not yet");
  }
}
