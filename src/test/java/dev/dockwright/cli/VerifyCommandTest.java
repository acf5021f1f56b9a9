package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Usage errors are caught before any engine is contacted: exit 2, one line, no stack trace. */
class VerifyCommandTest {
  private static void usage(String expected, String... args) {
    CliRun run = CliRun.of(args);
    assertThat(run.exit()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void imageOrBuildButNotBothNorNeither() {
    usage("give an IMAGE or --build DIR", "verify");
    usage("give an IMAGE or --build DIR", "verify", "img", "--build", ".");
  }

  @Test
  void badValuesNameTheFlag() {
    usage("--max-size: '500M' is not a size", "verify", "img", "--max-size", "500M");
    usage("--ready-within: '30' is not a duration", "verify", "img", "--ready-within", "30");
    usage("--probe: the path must start with /", "verify", "img", "--probe", "health");
    usage("--format: expected tty, json, junit or markdown", "verify", "img", "--format", "html");
    usage("--run-as-uid expects UID or UID:GID", "verify", "img", "--run-as-uid", "app");
    usage("--engine", "verify", "img", "--engine", "containerd");
    usage("--non-root and --allow-root contradict", "verify", "img", "--non-root", "--allow-root");
    usage("no spec file at", "verify", "img", "--spec", "/nonexistent/spec.yaml");
  }

  @Test
  void buildUsageErrors() {
    usage("no Dockerfile at", "build", "/tmp", "-f", "/nonexistent/Dockerfile", "--host", "unix:///nonexistent.sock");
    usage("--network expects none or default", "build", ".", "--network", "host");
    usage("--builder expects auto, buildkit or api", "build", ".", "--builder", "kaniko");
  }

  @Test
  void aFileImageNeedsNoEngine() {
    usage("no such file or directory: /nonexistent.tar", "verify", "docker-archive:/nonexistent.tar");
  }
}
