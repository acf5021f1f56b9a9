package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileFinderTest {

  @Test
  void dockerfileNames() {
    for (String yes : List.of("Dockerfile", "Containerfile", "Dockerfile.dev", "api.Dockerfile",
        "api.dockerfile", "web.Containerfile", "Containerfile.prod")) {
      assertThat(DockerfileFinder.isDockerfileName(yes)).as(yes).isTrue();
    }
    for (String no : List.of("dockerfile.go", "Dockerfile.dockerignore", ".dockerignore",
        "Dockerfiles", "README.md", "docker-compose.yml", "MyDockerfile")) {
      assertThat(DockerfileFinder.isDockerfileName(no)).as(no).isFalse();
    }
  }
}
