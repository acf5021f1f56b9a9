package dev.dockwright.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExecFormTest {
  @Test
  void shellFormAsDockerStoresIt() {
    assertThat(ExecForm.isShellForm(List.of("/bin/sh", "-c", "python app.py"))).isTrue();
    assertThat(ExecForm.isShellForm(List.of("/bin/bash", "-o", "pipefail", "-c", "gunicorn app"))).isTrue();
    assertThat(ExecForm.isShellForm(List.of("bash", "-lc", "x"))).isTrue();
    assertThat(ExecForm.isShellForm(List.of("/bin/busybox", "sh", "-c", "x"))).isTrue();
  }

  @Test
  void execFormIncludingScriptsRunByAShell() {
    assertThat(ExecForm.isShellForm(List.of("python", "app.py"))).isFalse();
    assertThat(ExecForm.isShellForm(List.of("/bin/sh", "/entrypoint.sh"))).isFalse();
    assertThat(ExecForm.isShellForm(List.of("/bin/sh"))).isFalse();
    assertThat(ExecForm.isShellForm(List.of("shellcheck", "-c", "x"))).isFalse();
    assertThat(ExecForm.isShellForm(List.of())).isFalse();
  }
}
