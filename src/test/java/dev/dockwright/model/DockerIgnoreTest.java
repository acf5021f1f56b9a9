package dev.dockwright.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerIgnoreTest {

  @Test
  void readsPatternsLikeBuildkit() {
    DockerIgnore ignore = DockerIgnore.parse("\uFEFF# comment\n  /build/  \n\n!keep\r\n a/../b \n");
    assertThat(ignore.rules()).extracting(DockerIgnore.Rule::pattern)
        .containsExactly("build", "keep", "b");
    assertThat(ignore.hasExclusions()).isTrue();
  }

  @Test
  void matchesFilesAndTheirParentDirectories() {
    DockerIgnore ignore = DockerIgnore.parse("node_modules\n*.log\ndocs/**/*.md\n**/tmp\n");
    assertThat(ignore.excludes("node_modules")).isTrue();
    assertThat(ignore.excludes("node_modules/x/index.js")).isTrue();
    assertThat(ignore.excludes("app.log")).isTrue();
    assertThat(ignore.excludes("logs/app.log")).isFalse(); // * does not cross /
    assertThat(ignore.excludes("docs/a/b/c.md")).isTrue();
    assertThat(ignore.excludes("docs/c.md")).isTrue();
    assertThat(ignore.excludes("src/tmp/x")).isTrue();
    assertThat(ignore.excludes("tmp")).isTrue();
    assertThat(ignore.excludes("src/app.py")).isFalse();
  }

  @Test
  void laterPatternsDecideAndExclusionsReinclude() {
    DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\n");
    assertThat(ignore.excludes("CHANGES.md")).isTrue();
    assertThat(ignore.excludes("README.md")).isFalse();
  }

  @Test
  void prefixSuffixAndEscapes() {
    DockerIgnore ignore = DockerIgnore.parse("build/**\n**/*\\.bak\nweird\\*name\n[ab].txt\n");
    assertThat(ignore.excludes("build/x/y")).isTrue();
    assertThat(ignore.excludes("x.bak")).isTrue();
    assertThat(ignore.excludes("a/b/x.bak")).isTrue();
    assertThat(ignore.excludes("weird*name")).isTrue();
    assertThat(ignore.excludes("weirdXname")).isFalse();
    assertThat(ignore.excludes("a.txt")).isTrue();
    assertThat(ignore.excludes("c.txt")).isFalse();
  }

  @Test
  void cleansLikeGo() {
    assertThat(DockerIgnore.clean("./a//b/../c/")).isEqualTo("a/c");
    assertThat(DockerIgnore.clean("")).isEqualTo(".");
    assertThat(DockerIgnore.clean("/../x")).isEqualTo("/x");
    assertThat(DockerIgnore.clean("../x")).isEqualTo("../x");
  }

  @Test
  void findsTheDockerfileSpecificFileFirst(@TempDir Path dir) throws IOException {
    assertThat(DockerIgnore.find(dir, "Dockerfile")).isEmpty();
    Files.writeString(dir.resolve(".dockerignore"), "a\n");
    assertThat(DockerIgnore.find(dir, "Dockerfile").orElseThrow().excludes("a")).isTrue();
    Files.writeString(dir.resolve("Dockerfile.dockerignore"), "b\n");
    DockerIgnore specific = DockerIgnore.find(dir, "Dockerfile").orElseThrow();
    assertThat(specific.excludes("b")).isTrue();
    assertThat(specific.excludes("a")).isFalse();
  }
}
