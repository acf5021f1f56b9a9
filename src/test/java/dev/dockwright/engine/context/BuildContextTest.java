package dev.dockwright.engine.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {
  @TempDir Path dir;

  private void files(String... paths) throws IOException {
    for (String p : paths) {
      Path f = dir.resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, p);
    }
  }

  private void ignore(String content) throws IOException {
    Files.writeString(dir.resolve(".dockerignore"), content);
  }

  @Test
  void withoutDockerignoreEverythingGoesInSortedByName() throws IOException {
    files("Dockerfile", "b.py", "a/z.py", "a/b/c.txt");
    assertThat(BuildContext.scan(dir, dir.resolve("Dockerfile")).paths())
        .containsExactly("Dockerfile", "a", "a/b", "a/b/c.txt", "a/z.py", "b.py");
  }

  @Test
  void excludedDirectoriesAreSkippedWholeAndExceptionsTakeFilesBack() throws IOException {
    files("Dockerfile", "app/main.py", "app/__pycache__/main.cpython-311.pyc",
        ".venv/bin/python", ".git/HEAD", "docs/README.md", "docs/guide.md", "tests/test_x.py",
        ".env", ".env.example");
    ignore(".git\n.venv\n**/__pycache__\ndocs\n!docs/README.md\ntests/\n.env*\n!.env.example\n");
    assertThat(BuildContext.scan(dir, dir.resolve("Dockerfile")).paths()).containsExactly(
        ".dockerignore", ".env.example", "Dockerfile", "app", "app/main.py",
        // docs itself stays out of the tar; the exception's file goes in
        "docs/README.md");
  }

  @Test
  void theDockerfileAndDockerignoreAlwaysGoIn() throws IOException {
    files("Dockerfile", "build/Dockerfile.prod", "src/app.py");
    ignore("*\n");
    assertThat(BuildContext.scan(dir, dir.resolve("build/Dockerfile.prod")).paths())
        .containsExactly(".dockerignore", "build/Dockerfile.prod");
  }

  @Test
  void aTrailingDoubleStarKeepsTheDirectoryButNotItsContent() throws IOException {
    files("Dockerfile", "logs/a.log", "logs/sub/b.log");
    ignore("logs/**\n");
    assertThat(BuildContext.scan(dir, dir.resolve("Dockerfile")).paths())
        .containsExactly(".dockerignore", "Dockerfile", "logs");
  }

  @Test
  void aWildcardExceptionDoesNotReachIntoAnExcludedDirectory() throws IOException {
    // Docker's own behaviour: "!**/*.md" is not a prefix of "docs/", so docs is skipped whole.
    files("Dockerfile", "docs/a.md", "b.md", "c.txt");
    ignore("docs\n*.md\n!**/*.md\n");
    assertThat(BuildContext.scan(dir, dir.resolve("Dockerfile")).paths())
        .containsExactly(".dockerignore", "Dockerfile", "b.md", "c.txt");
  }

  @Test
  void aDockerfileOutsideTheContextIsAddedUnderARandomName() throws IOException {
    files("ctx/app.py");
    Path outside = Files.writeString(dir.resolve("elsewhere.Dockerfile"), "FROM scratch\n");
    BuildContext ctx = BuildContext.scan(dir.resolve("ctx"), outside);
    assertThat(ctx.dockerfileName()).matches("\\.dockerfile\\.[0-9a-f]{20}");
    assertThat(ctx.paths()).containsExactly("app.py", ctx.dockerfileName());
  }

  @Test
  void theTarHasModesLinksAndRootOwnership() throws IOException {
    files("Dockerfile", "bin/run.sh");
    Files.setPosixFilePermissions(dir.resolve("bin/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.createSymbolicLink(dir.resolve("link"), Path.of("bin/run.sh"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BuildContext.scan(dir, dir.resolve("Dockerfile")).writeTar(out);

    Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
    Map<String, String> contents = new LinkedHashMap<>();
    try (TarArchiveInputStream tar = new TarArchiveInputStream(new ByteArrayInputStream(out.toByteArray()))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        entries.put(e.getName(), e);
        contents.put(e.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(entries.keySet()).containsExactly("Dockerfile", "bin/", "bin/run.sh", "link");
    assertThat(entries.get("bin/run.sh").getMode() & 07777).isEqualTo(0750);
    assertThat(entries.get("bin/").isDirectory()).isTrue();
    assertThat(entries.get("link").isSymbolicLink()).isTrue();
    assertThat(entries.get("link").getLinkName()).isEqualTo("bin/run.sh");
    assertThat(entries.values()).allSatisfy(e -> {
      assertThat(e.getLongUserId()).isZero();
      assertThat(e.getLongGroupId()).isZero();
    });
    assertThat(contents.get("bin/run.sh")).isEqualTo("bin/run.sh");
  }
}
