package dev.dockwright.verify.cst;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A GoogleContainerTools container-structure-test file, schema version 2.0.0, as written (field
 * names and meanings follow CST's {@code pkg/types/v2}). Read one with
 * {@link StructureTestParser#parse(Path)}; evaluate it with {@link StructureTests}.
 */
public record StructureTest(
    Path file,
    String schemaVersion,
    List<EnvVar> globalEnvVars,
    List<CommandTest> commandTests,
    List<FileExistenceTest> fileExistenceTests,
    List<FileContentTest> fileContentTests,
    Optional<MetadataTest> metadataTest,
    List<LicenseTest> licenseTests,
    Optional<ContainerRunOptions> containerRunOptions) {

  public StructureTest {
    globalEnvVars = List.copyOf(globalEnvVars);
    commandTests = List.copyOf(commandTests);
    fileExistenceTests = List.copyOf(fileExistenceTests);
    fileContentTests = List.copyOf(fileContentTests);
    licenseTests = List.copyOf(licenseTests);
  }

  /** A key/value pair of {@code envVars}, {@code globalEnvVars} and metadata {@code labels}. */
  public record EnvVar(String key, String value, boolean isRegex) {}

  /**
   * Runs {@code command args...} in a container of the image with the entrypoint cleared, after
   * the {@code setup} commands (each of whose filesystem changes the next step sees).
   *
   * @param exitCode expected exit code (CST's default 0)
   */
  public record CommandTest(
      String name,
      List<List<String>> setup,
      List<List<String>> teardown,
      List<EnvVar> envVars,
      int exitCode,
      String command,
      List<String> args,
      List<String> expectedOutput,
      List<String> excludedOutput,
      List<String> expectedError,
      List<String> excludedError) {

    public CommandTest {
      setup = setup.stream().map(List::copyOf).toList();
      teardown = teardown.stream().map(List::copyOf).toList();
      envVars = List.copyOf(envVars);
      args = List.copyOf(args);
      expectedOutput = List.copyOf(expectedOutput);
      excludedOutput = List.copyOf(excludedOutput);
      expectedError = List.copyOf(expectedError);
      excludedError = List.copyOf(excludedError);
    }
  }

  /**
   * @param shouldExist CST's default is true
   * @param permissions Go's {@code FileMode.String()}, e.g. {@code -rw-r--r--}, {@code drwxr-xr-x}
   * @param isExecutableBy {@code owner}, {@code group}, {@code other} or {@code any}
   */
  public record FileExistenceTest(
      String name,
      String path,
      boolean shouldExist,
      Optional<String> permissions,
      OptionalInt uid,
      OptionalInt gid,
      Optional<String> isExecutableBy) {}

  /** Regexes (Go RE2 syntax) the file's content must and must not match. */
  public record FileContentTest(String name, String path, List<String> expectedContents, List<String> excludedContents) {
    public FileContentTest {
      expectedContents = List.copyOf(expectedContents);
      excludedContents = List.copyOf(excludedContents);
    }
  }

  /**
   * The single metadata test. An empty optional list or string means "not checked"; a present
   * empty {@code entrypoint}/{@code cmd} means "must be empty".
   */
  public record MetadataTest(
      List<EnvVar> envVars,
      List<EnvVar> unboundEnvVars,
      List<String> exposedPorts,
      List<String> unexposedPorts,
      Optional<List<String>> entrypoint,
      Optional<List<String>> cmd,
      Optional<String> workdir,
      List<String> volumes,
      List<String> unmountedVolumes,
      List<EnvVar> labels,
      Optional<String> user) {

    public MetadataTest {
      envVars = List.copyOf(envVars);
      unboundEnvVars = List.copyOf(unboundEnvVars);
      exposedPorts = List.copyOf(exposedPorts);
      unexposedPorts = List.copyOf(unexposedPorts);
      entrypoint = entrypoint.map(List::copyOf);
      cmd = cmd.map(List::copyOf);
      volumes = List.copyOf(volumes);
      unmountedVolumes = List.copyOf(unmountedVolumes);
      labels = List.copyOf(labels);
    }

    /** CST skips an empty metadata test. */
    public boolean isEmpty() {
      return envVars.isEmpty() && unboundEnvVars.isEmpty() && exposedPorts.isEmpty() && unexposedPorts.isEmpty()
          && entrypoint.isEmpty() && cmd.isEmpty() && workdir.isEmpty() && user.isEmpty() && volumes.isEmpty()
          && unmountedVolumes.isEmpty() && labels.isEmpty();
    }
  }

  /** Parsed for compatibility; dockwright reports license tests as unsupported. */
  public record LicenseTest(boolean debian, List<String> files) {
    public LicenseTest {
      files = List.copyOf(files);
    }
  }

  /**
   * How CST's docker driver runs the containers of command tests.
   *
   * @param envVars names of host environment variables to pass through
   * @param envFile a dotenv file (relative to the working directory) to pass
   * @param bindMounts {@code host:container[:opts]}
   */
  public record ContainerRunOptions(
      Optional<String> user,
      boolean privileged,
      boolean allocateTty,
      List<String> envVars,
      Optional<String> envFile,
      List<String> capabilities,
      List<String> bindMounts) {

    public ContainerRunOptions {
      envVars = List.copyOf(envVars);
      capabilities = List.copyOf(capabilities);
      bindMounts = List.copyOf(bindMounts);
    }

    public static final ContainerRunOptions NONE = new ContainerRunOptions(
        Optional.empty(), false, false, List.of(), Optional.empty(), List.of(), List.of());
  }
}
