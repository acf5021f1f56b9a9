package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.engine.build.BuildRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The build flags read the same in {@code build} and in {@code verify --build}: one mixin. */
class BuildOptionsTest {
  private static final String[] FLAGS = {"-f", "/ctx/Dockerfile.prod", "-t", "app:1", "-t", "app:latest",
      "--target", "runtime", "--build-arg", "A=1", "--build-arg", "B=x=y", "--platform", "linux/arm64",
      "--network", "default", "--builder", "api", "--no-cache", "-v"};

  private static BuildRequest fromBuild(String... args) {
    BuildCommand command = new BuildCommand();
    new CommandLine(command).parseArgs(args);
    return command.build.request(command.spec, command.context);
  }

  private static BuildRequest fromVerify(String... args) {
    VerifyCommand command = new VerifyCommand();
    new CommandLine(command).parseArgs(args);
    return command.build.request(command.spec, command.buildDir);
  }

  private static String[] concat(String first, String[] rest) {
    String[] all = new String[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void everyFlagReachesTheRequest() {
    BuildRequest r = fromBuild(concat("/ctx", FLAGS));
    assertThat(r.context()).isEqualTo(Path.of("/ctx"));
    assertThat(r.dockerfile()).isEqualTo(Path.of("/ctx/Dockerfile.prod"));
    assertThat(r.tags()).containsExactly("app:1", "app:latest");
    assertThat(r.target()).contains("runtime");
    assertThat(r.buildArgs()).containsExactly(Map.entry("A", "1"), Map.entry("B", "x=y"));
    assertThat(r.platform()).contains("linux/arm64");
    assertThat(r.network()).isEqualTo(BuildRequest.Network.DEFAULT);
    assertThat(r.builder()).isEqualTo(BuildRequest.Builder.API);
    assertThat(r.noCache()).isTrue();
  }

  @Test
  void defaultsAreHermeticAndAuto() {
    BuildRequest r = fromBuild("/ctx");
    assertThat(r).isEqualTo(new BuildRequest(Path.of("/ctx"), Path.of("/ctx/Dockerfile"), List.of(),
        Optional.empty(), Map.of(), Optional.empty(), BuildRequest.Network.NONE, BuildRequest.Builder.AUTO, false));
    assertThat(fromVerify("--build", "/ctx")).isEqualTo(r);
  }

  @Test
  void verifyBuildReadsTheFlagsAsBuildDoes() {
    assertThat(fromVerify(concat("--build=/ctx", FLAGS))).isEqualTo(fromBuild(concat("/ctx", FLAGS)));
  }

  @Test
  void badValuesAreUsageErrorsInBothCommands() {
    assertThatThrownBy(() -> fromVerify("--build", "/ctx", "--network", "host"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--network expects none or default");
    assertThatThrownBy(() -> fromBuild("/ctx", "--builder", "kaniko"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--builder expects auto");
    assertThatThrownBy(() -> fromVerify("--build", "/ctx", "--build-arg", "=v"))
        .isInstanceOf(CommandLine.ParameterException.class).hasMessageContaining("--build-arg expects KEY=VALUE");
  }
}
