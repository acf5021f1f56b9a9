package dev.dockwright.verify.cst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.image.Compression;
import dev.dockwright.image.Image;
import dev.dockwright.image.ImageBuilder;
import dev.dockwright.image.ImageSource;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.CheckResult.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StructureTestsTest {
  @TempDir Path dir;
  Image image;

  @BeforeEach
  void image() throws IOException {
    image = Image.open(ImageSource.oci(new ImageBuilder()
        .layer(Compression.GZIP, "base", l -> l
            .dir("/etc").file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\n")
            .file("/etc/apt-sources", "deb http://deb.debian.org/debian bookworm main\n")
            .dir("/bin").file("/bin/date", "ELF", 0755, 0, 0).symlink("/bin/today", "date")
            .dir("/tmp", 01777, 0, 0)
            .dir("/app", 0750, 1000, 1000).file("/app/run.sh", "#!/bin/sh\n", 0744, 1000, 1000))
        .env("PATH=/usr/local/bin:/usr/bin:/bin", "APP_HOME=/app", "VERSION=2.1.7")
        .label("build-date", "2026-01-02")
        .label("vendor", "ACME")
        .expose("8080/tcp")
        .volume("/data")
        .workdir("/app")
        .user("1000")
        .cmd("/bin/bash")
        .writeOciLayout(dir.resolve("img"), "1")));
  }

  @AfterEach
  void close() {
    image.close();
  }

  private List<CheckResult> run(String yaml, Optional<CommandRunner> runner) {
    StructureTest st = StructureTestParser.parse(yaml, dir.resolve("cst.yaml"), false);
    return StructureTests.run(st, image, runner);
  }

  private static List<Status> statuses(List<CheckResult> results) {
    return results.stream().map(CheckResult::status).toList();
  }

  @Test
  void fileExistenceTestsPassAndFailAsCstDoes() {
    List<CheckResult> r = run("""
        schemaVersion: 2.0.0
        fileExistenceTests:
          - {name: root, path: /, shouldExist: true, uid: 0, gid: 0}
          - {name: tmp, path: /tmp, permissions: dtrwxrwxrwx}
          - {name: date, path: /bin/date, isExecutableBy: other, permissions: -rwxr-xr-x}
          - {name: link is not followed, path: /bin/today, permissions: Lrwxrwxrwx}
          - {name: env in path, path: $APP_HOME/run.sh, uid: 1000}
          - {name: dummy, path: /etc/dummy, shouldExist: false}
          - {name: missing, path: /etc/missing}
          - {name: wrong perms, path: /etc/passwd, permissions: -rwxrwxrwx}
          - {name: not executable by group, path: /app/run.sh, isExecutableBy: group}
          - {name: wrong owner, path: /app, uid: 0, gid: 0}
          - {name: should be gone, path: /etc/passwd, shouldExist: false}
        """, Optional.empty());
    assertThat(statuses(r)).containsExactly(Status.PASS, Status.PASS, Status.PASS, Status.PASS, Status.PASS, Status.PASS,
        Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL);
    assertThat(r.get(6).detail()).isEqualTo("File /etc/missing should exist but does not");
    assertThat(r.get(7).detail()).isEqualTo("/etc/passwd has incorrect permissions. Expected: -rwxrwxrwx, Actual: -rw-r--r--");
    assertThat(r.get(9).detail()).isEqualTo("/app has incorrect user ownership. Expected: 0, Actual: 1000; "
        + "/app has incorrect group ownership. Expected: 0, Actual: 1000");
    assertThat(r).allSatisfy(x -> assertThat(x.id()).isEqualTo(StructureTests.FILE_EXISTENCE));
    assertThat(r.get(0).title()).isEqualTo("File Existence Test: root");
  }

  @Test
  void fileContentTestsFollowSymlinksAndUseGoRegexes() {
    List<CheckResult> r = run("""
        schemaVersion: 2.0.0
        fileContentTests:
          - name: sources
            path: /etc/apt-sources
            expectedContents: ['.*deb\\.debian\\.org.*', '(?P<suite>bookworm)', '[[:alpha:]]+ main']
            excludedContents: ['.*gce_debian_mirror.*']
          - {name: passwd, path: /etc/passwd, expectedContents: ['root:x:0:0:root:/root:/bin/bash']}
          - {name: through link, path: /bin/today, expectedContents: ['^ELF$']}
          - {name: wrong, path: /etc/passwd, expectedContents: ['nobody'], excludedContents: ['root']}
          - {name: dir, path: /app, expectedContents: ['x']}
          - {name: gone, path: /nope, expectedContents: ['x']}
          - {name: bad regex, path: /etc/passwd, expectedContents: ['(unclosed']}
        """, Optional.empty());
    assertThat(statuses(r)).containsExactly(Status.PASS, Status.PASS, Status.PASS, Status.FAIL, Status.FAIL, Status.FAIL, Status.FAIL);
    assertThat(r.get(3).detail()).isEqualTo("Expected string 'nobody' not found in file content; Excluded string 'root' found in file content");
    assertThat(r.get(4).detail()).contains("is a directory");
    assertThat(r.get(6).detail()).isEqualTo("invalid regex '(unclosed'");
  }

  @Test
  void metadataTestComparesTheConfigLikeCst() {
    List<CheckResult> pass = run("""
        schemaVersion: 2.0.0
        metadataTest:
          envVars:
            - {key: APP_HOME, value: /app}
            - {key: VERSION, value: '[0-9]+\\.1\\.[0-9]+', isRegex: true}
          unboundEnvVars: [{key: DEBUG}]
          labels: [{key: build-date, value: '^\\d{4}-\\d{2}-\\d{2}$', isRegex: true}, {key: vendor, value: ACME}]
          exposedPorts: ["8080"]
          unexposedPorts: ["80"]
          volumes: [/data]
          unmountedVolumes: [/root]
          entrypoint: []
          cmd: [/bin/bash]
          workdir: /app
          user: "1000"
        """, Optional.empty());
    assertThat(pass).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo(Status.PASS);
      assertThat(x.measured()).isEqualTo("13/13 expectations met");
    });

    List<CheckResult> fail = run("""
        schemaVersion: 2.0.0
        metadataTest:
          envVars: [{key: APP_HOME, value: /srv}, {key: MISSING, value: x}]
          unboundEnvVars: [{key: VERSION}]
          exposedPorts: ["8080/tcp"]
          cmd: [python]
          user: root
        """, Optional.empty());
    assertThat(fail).singleElement().satisfies(x -> {
      assertThat(x.status()).isEqualTo(Status.FAIL);
      assertThat(x.measured()).isEqualTo("0/6 expectations met");
      assertThat(x.detail()).contains("env var APP_HOME value /app does not match expected value: /srv",
          "variable MISSING not found in image env", "env variable VERSION should not be present",
          "Port 8080/tcp not found in config", "Image Cmd [/bin/bash] does not match expected Cmd: [python]",
          "Image user 1000 does not match config user: root");
    });
  }

  @Test
  void commandTestsAreSkippedWithoutARunnerAndLicenseTestsAreUnsupported() {
    List<CheckResult> r = run("""
        schemaVersion: 2.0.0
        commandTests: [{name: ls, command: ls}]
        licenseTests: [{debian: true}]
        """, Optional.empty());
    assertThat(r).extracting(CheckResult::id, CheckResult::status).containsExactly(
        org.assertj.core.groups.Tuple.tuple(StructureTests.COMMAND, Status.SKIP),
        org.assertj.core.groups.Tuple.tuple(StructureTests.LICENSE, Status.SKIP));
    assertThat(r.get(0).detail()).isEqualTo("command tests need a container engine");
  }

  @Test
  void commandTestsCheckOutputErrorAndExitCodeThroughTheRunner() {
    List<CheckResult> r = run("""
        schemaVersion: 2.0.0
        globalEnvVars: [{key: GREETING, value: "hello from $APP_HOME"}]
        commandTests:
          - name: output
            command: sh
            args: ["-c", "echo $GREETING; echo oops >&2"]
            expectedOutput: ['hello from /app']
            excludedOutput: ['goodbye']
            expectedError: ['oops']
            excludedError: ['FAIL']
          - name: setup state is seen by the test
            setup: [[sh, -c, "echo built > artefact"]]
            command: cat
            args: [artefact]
            expectedOutput: ['^built$']
          - name: exit code
            command: sh
            args: ["-c", "exit 3"]
            exitCode: 3
          - name: test env var expands the image env
            envVars: [{key: WHERE, value: "$APP_HOME/data"}]
            command: sh
            args: ["-c", "echo $WHERE"]
            expectedOutput: ['^/app/data$']
          - name: failing
            command: sh
            args: ["-c", "echo token=ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8; exit 1"]
            expectedOutput: ['nothing like this']
        """, Optional.of(new HostCommandRunner()));
    assertThat(statuses(r)).containsExactly(Status.PASS, Status.PASS, Status.PASS, Status.PASS, Status.FAIL);
    CheckResult failing = r.get(4);
    assertThat(failing.detail()).startsWith("expected 'nothing like this' not found in output; exited with 1, expected 0; stdout: token=<redacted>");
    assertThat(failing.detail()).doesNotContain("ghp_a1B2");
    assertThat(failing.measured()).startsWith("exit 1 in ");
  }
}
