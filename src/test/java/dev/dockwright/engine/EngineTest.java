package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.testing.RequiresEngine;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTest {
  @Test
  void aMissingSocketIsOneLine() {
    EngineHost host = EngineHost.parse("unix:///nonexistent/docker.sock", EngineKind.DOCKER);
    assertThatThrownBy(() -> Engine.connect(host))
        .isInstanceOf(EngineException.class)
        .hasMessage("cannot reach Docker at unix:///nonexistent/docker.sock: no socket at"
            + " /nonexistent/docker.sock (is dockerd running?)")
        .satisfies(e -> assertThat(((EngineException) e).exitCode()).isEqualTo(2));
  }

  @Test
  void aSocketFileNobodyListensOnIsRefused(@TempDir Path dir) throws IOException {
    Path sock = dir.resolve("dead.sock");
    // A socket file whose server is gone, as dockerd leaves behind after a crash.
    try (var ch = java.nio.channels.ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
      ch.bind(java.net.UnixDomainSocketAddress.of(sock));
    }
    EngineHost host = EngineHost.parse("unix://" + sock, EngineKind.DOCKER);
    assertThatThrownBy(() -> Engine.connect(host))
        .isInstanceOf(EngineException.class)
        .hasMessageStartingWith("cannot reach Docker at unix://" + sock + ": ")
        .hasMessageNotContaining("Exception");
  }

  @Test
  void aClosedTcpPortIsRefused() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EngineHost host = EngineHost.parse("tcp://127.0.0.1:" + port, EngineKind.DOCKER);
    assertThatThrownBy(() -> Engine.connect(host))
        .hasMessage("cannot reach Docker at tcp://127.0.0.1:" + port + ": connection refused");
  }

  @Test
  @RequiresEngine(EngineKind.DOCKER)
  void connectsToDocker(Engine engine) {
    assertThat(engine.isPodman()).isFalse();
    assertThat(engine.describe()).startsWith("Docker ").contains(" at unix://");
    assertThat(engine.api().pingCmd().exec()).isNull();
  }

  @Test
  @RequiresEngine(EngineKind.PODMAN)
  void connectsToPodmanThroughItsDockerCompatibleSocket(Engine engine) {
    assertThat(engine.isPodman()).isTrue();
    assertThat(engine.describe()).startsWith("Podman ");
    // The same docker-java calls work: list the imported base image by its localhost/ name.
    assertThat(engine.api().listImagesCmd().exec())
        .anySatisfy(i -> assertThat(i.getRepoTags()).contains("localhost/python:3.11-slim"));
  }
}
