package dev.dockwright.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineHostTest {
  @Test
  void dockerReadsDockerHostElseTheDefaultSocket() {
    assertThat(EngineHost.resolve(EngineKind.DOCKER, Optional.empty(), Map.of()).toString())
        .isEqualTo("unix:///var/run/docker.sock");
    assertThat(EngineHost.resolve(EngineKind.DOCKER, Optional.empty(), Map.of("DOCKER_HOST", "tcp://10.0.0.2:2375")))
        .extracting(h -> h.uri().getHost(), h -> h.uri().getPort()).containsExactly("10.0.0.2", 2375);
    assertThat(EngineHost.resolve(EngineKind.DOCKER, Optional.of("unix:///tmp/d.sock"), Map.of("DOCKER_HOST", "tcp://x:1"))
        .socketPath()).hasValueSatisfying(p -> assertThat(p.toString()).isEqualTo("/tmp/d.sock"));
  }

  @Test
  void podmanReadsContainerHostElseItsSocket() {
    assertThat(EngineHost.resolve(EngineKind.PODMAN, Optional.empty(), Map.of("CONTAINER_HOST", "unix:///x/p.sock")).toString())
        .isEqualTo("unix:///x/p.sock");
    assertThat(EngineHost.resolve(EngineKind.PODMAN, Optional.empty(), Map.of("DOCKER_HOST", "tcp://ignored:1")).uri().getScheme())
        .isEqualTo("unix");
  }

  @Test
  void hostsWithoutSchemeAreReadAsTheDockerCliReadsThem() {
    assertThat(EngineHost.parse("localhost:2375", EngineKind.DOCKER).toString()).isEqualTo("tcp://localhost:2375");
    assertThat(EngineHost.parse("/run/docker.sock", EngineKind.DOCKER).toString()).isEqualTo("unix:///run/docker.sock");
  }

  @Test
  void unusableHostsGetOneClearLine() {
    assertThatThrownBy(() -> EngineHost.parse("ssh://me@build-box", EngineKind.DOCKER))
        .isInstanceOf(EngineException.class)
        .hasMessageStartingWith("cannot reach Docker at ssh://me@build-box: ssh:// hosts are not supported")
        .hasMessageContaining("ssh -nNT -L /tmp/docker.sock:/var/run/docker.sock me@build-box");
    assertThatThrownBy(() -> EngineHost.parse("npipe:////./pipe/docker_engine", EngineKind.DOCKER))
        .hasMessageContaining("named pipes exist only on Windows");
    assertThatThrownBy(() -> EngineHost.parse("fd://3", EngineKind.DOCKER))
        .hasMessage("cannot reach Docker at fd://3: unsupported scheme fd://");
  }
}
