package dev.dockwright.verify.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryTextTest {
  @Test
  void historyTextHidesBuildArgValues() {
    String step = "RUN |2 GITHUB_TOKEN=abc123 PLAIN=x /bin/sh -c pip install . && echo done";
    assertThat(HistoryText.variables(step)).containsExactly(
        new HistoryText.Variable("build arg", "GITHUB_TOKEN", "abc123"),
        new HistoryText.Variable("build arg", "PLAIN", "x"));
    assertThat(HistoryText.display(step, 100)).isEqualTo("RUN pip install . && echo done");
    assertThat(HistoryText.display("/bin/sh -c #(nop)  ENV API_TOKEN=abcdef123 MODE=prod", 100))
        .isEqualTo("ENV API_TOKEN=<redacted> MODE=prod");
    assertThat(HistoryText.variables("ARG TOKEN=default-token-1"))
        .containsExactly(new HistoryText.Variable("ARG", "TOKEN", "default-token-1"));
    assertThat(HistoryText.display("RUN /bin/sh -c " + "x".repeat(100), 20)).isEqualTo("RUN xxxxxxxxxxxxx...");
  }}
