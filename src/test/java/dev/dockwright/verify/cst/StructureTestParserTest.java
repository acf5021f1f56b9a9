package dev.dockwright.verify.cst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.io.UserException;
import dev.dockwright.verify.cst.StructureTest.EnvVar;
import dev.dockwright.verify.spec.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureTestParserTest {
  @TempDir Path dir;

  /** Every section of schema 2.0.0, written the way CST's README and tests write them. */
  static final String FULL = """
      schemaVersion: '2.0.0'
      globalEnvVars:
        - key: "VIRTUAL_ENV"
          value: "/env"
        - key: "PATH"
          value: "/env/bin:$PATH"
      commandTests:
        - name: "gunicorn flask"
          setup: [["virtualenv", "/env"], ["pip", "install", "gunicorn", "flask"]]
          command: "which"
          args: ["gunicorn"]
          expectedOutput: ["/env/bin/gunicorn"]
        - name: "apt-get upgrade"
          command: "apt-get"
          args: ["-qqs", "upgrade"]
          excludedOutput: [".*Inst.*Security.* | .*Security.*Inst.*"]
          excludedError: [".*Inst.*Security.* | .*Security.*Inst.*"]
          exitCode: 0
          envVars:
            - key: DEBIAN_FRONTEND
              value: noninteractive
      fileExistenceTests:
        - name: 'Root'
          path: '/'
          shouldExist: true
          permissions: 'drwxr-xr-x'
          uid: 0
          gid: 0
          isExecutableBy: 'group'
        - name: 'Dummy File'
          path: '/etc/dummy'
          shouldExist: no
      fileContentTests:
        - name: 'Debian Sources'
          path: '/etc/apt/sources.list'
          expectedContents: ['.*httpredir\\.debian\\.org.*']
          excludedContents: ['.*gce_debian_mirror.*']
      metadataTest:
        envVars:
          - key: foo
            value: baz
          - key: 'EMPTY_VAR'
            value: ''
        labels:
          - key: 'build-date'
            value: '^\\d{4}-\\d{2}-\\d{2}$'
            isRegex: true
        exposedPorts: ["8080", "2345"]
        unexposedPorts: ['80']
        volumes: ["/test"]
        entrypoint: []
        cmd: ["/bin/bash"]
        workdir: "/app"
        user: "luke"
      licenseTests:
        - debian: true
          files: ["/foo/bar", "/baz/bat"]
      containerRunOptions:
        user: "root"
        privileged: true
        allocateTty: true
        envFile: path/to/.env
        envVars: [SECRET_KEY_FOO]
        capabilities: [NET_BIND_SERVICE]
        bindMounts: [/etc/example/dir:/etc/dir]
      """;

  @Test
  void readsEverySectionUnchanged() throws Exception {
    Path file = Files.writeString(dir.resolve("cst.yaml"), FULL);
    StructureTest st = StructureTestParser.parse(file);
    assertThat(st.schemaVersion()).isEqualTo("2.0.0");
    assertThat(st.globalEnvVars()).containsExactly(new EnvVar("VIRTUAL_ENV", "/env", false), new EnvVar("PATH", "/env/bin:$PATH", false));
    assertThat(st.commandTests()).hasSize(2);
    assertThat(st.commandTests().get(0).setup()).containsExactly(List.of("virtualenv", "/env"), List.of("pip", "install", "gunicorn", "flask"));
    assertThat(st.commandTests().get(1).envVars()).containsExactly(new EnvVar("DEBIAN_FRONTEND", "noninteractive", false));
    assertThat(st.fileExistenceTests().get(0)).isEqualTo(new StructureTest.FileExistenceTest(
        "Root", "/", true, Optional.of("drwxr-xr-x"), OptionalInt.of(0), OptionalInt.of(0), Optional.of("group")));
    assertThat(st.fileExistenceTests().get(1).shouldExist()).isFalse();
    assertThat(st.fileContentTests().get(0).expectedContents()).containsExactly(".*httpredir\\.debian\\.org.*");
    StructureTest.MetadataTest m = st.metadataTest().orElseThrow();
    assertThat(m.envVars()).contains(new EnvVar("EMPTY_VAR", "", false));
    assertThat(m.labels()).containsExactly(new EnvVar("build-date", "^\\d{4}-\\d{2}-\\d{2}$", true));
    assertThat(m.entrypoint()).contains(List.of());
    assertThat(m.cmd()).contains(List.of("/bin/bash"));
    assertThat(m.workdir()).contains("/app");
    assertThat(st.licenseTests()).containsExactly(new StructureTest.LicenseTest(true, List.of("/foo/bar", "/baz/bat")));
    assertThat(st.containerRunOptions()).contains(new StructureTest.ContainerRunOptions(Optional.of("root"), true, true,
        List.of("SECRET_KEY_FOO"), Optional.of("path/to/.env"), List.of("NET_BIND_SERVICE"), List.of("/etc/example/dir:/etc/dir")));
  }

  @Test
  void jsonFilesAreReadLikeGoDoes() throws Exception {
    Path file = Files.writeString(dir.resolve("cst.json"), """
        {"schemaVersion": "2.0.0",
         "fileExistenceTests": [{"Name": "passwd", "Path": "/etc/passwd", "ShouldExist": true, "comment": "ignored"}],
         "metadataTest": {"EnvVars": [{"Key": "A", "Value": "1"}]}}
        """);
    StructureTest st = StructureTestParser.parse(file);
    assertThat(st.fileExistenceTests()).singleElement().satisfies(t -> {
      assertThat(t.name()).isEqualTo("passwd");
      assertThat(t.uid()).isEmpty();
    });
    assertThat(st.metadataTest().orElseThrow().envVars()).containsExactly(new EnvVar("A", "1", false));
  }

  @Test
  void yamlIsStrictAndErrorsHavePositions() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.yaml"), """
        schemaVersion: 2.0.0
        commandTests:
          - name: t
            comand: ls
            exitCode: one
        fileExistenceTests:
          - path: /x
            isExecutableBy: everyone
        """);
    assertThatThrownBy(() -> StructureTestParser.parse(file))
        .isInstanceOfSatisfying(SpecException.class, e -> assertThat(e.errors()).containsExactly(
            file + ":3:5: commandTests[0]: missing 'command'",
            file + ":4:5: commandTests[0].comand: unknown key (did you mean 'command'?)",
            file + ":5:15: commandTests[0].exitCode: expected a whole number; got 'one'",
            file + ":7:5: fileExistenceTests[0]: missing 'name'",
            file + ":8:21: fileExistenceTests[0].isExecutableBy: 'everyone' is not one of owner, group, other, any"));
  }

  @Test
  void schemaVersionIsRequiredAndMustBeTwo() throws Exception {
    assertThatThrownBy(() -> StructureTestParser.parse(Files.writeString(dir.resolve("a.yaml"), "commandTests: []\n")))
        .hasMessage(dir.resolve("a.yaml") + ": schemaVersion: missing (container-structure-test files declare schemaVersion: 2.0.0)");
    assertThatThrownBy(() -> StructureTestParser.parse(Files.writeString(dir.resolve("b.yaml"),
        "schemaVersion: '1.0.0'\ncommandTests:\n  - name: x\n    command: ['ls']\n")))
        .hasMessage(dir.resolve("b.yaml") + ":1:16: schemaVersion: 1.0.0 is not supported (dockwright reads 2.0.0)");
    assertThatThrownBy(() -> StructureTestParser.parse(Files.writeString(dir.resolve("c.txt"), "")))
        .isInstanceOf(UserException.class).hasMessageEndingWith("must end in .yaml, .yml or .json");
  }
}
