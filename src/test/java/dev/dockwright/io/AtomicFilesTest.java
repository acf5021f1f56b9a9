package dev.dockwright.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void createNewRefusesToClobberAndLeavesTheOldContent() throws Exception {
    Path f = dir.resolve("Dockerfile");
    Files.writeString(f, "FROM a\n");
    assertThatThrownBy(() -> AtomicFiles.writeString(f, "FROM b\n", AtomicFiles.Mode.CREATE_NEW))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(f)).isEqualTo("FROM a\n");
    try (var s = Files.list(dir)) {
      assertThat(s).containsExactly(f); // no temporary file left behind
    }
  }

  @Test
  void replaceWritesNewContentAndCreatesParents() throws Exception {
    Path f = dir.resolve("a/b/compose.yaml");
    AtomicFiles.writeString(f, "services: {}\n", AtomicFiles.Mode.CREATE_NEW);
    AtomicFiles.writeString(f, "services:\n  web: {}\n", AtomicFiles.Mode.REPLACE);
    assertThat(Files.readString(f)).isEqualTo("services:\n  web: {}\n");
  }
}
