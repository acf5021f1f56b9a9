package dev.dockwright.engine.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.engine.Engine;
import dev.dockwright.engine.build.BuildRequest;
import dev.dockwright.engine.build.BuildResult;
import dev.dockwright.engine.build.ImageBuilder;
import dev.dockwright.testing.Images;
import dev.dockwright.testing.RequiresEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API builder's context against the Docker CLI's own, on the same engine: both contexts are
 * copied into an image and listed; the listings must be identical. The CLI is Docker 20.10's
 * (moby's archive walk and pattern matcher), driven with DOCKER_BUILDKIT=0 so it sends a tar.
 */
@RequiresEngine
class DockerignoreAgainstDockerCliEngineTest {
  private static final Path CLI = Path.of("/usr/bin/docker");
  @TempDir Path ctx;

  private void files(String... paths) throws IOException {
    for (String p : paths) {
      Path f = ctx.resolve(p);
      Files.createDirectories(f.getParent());
      Files.writeString(f, p + "\n");
    }
  }

  @Test
  void theSameFilesReachTheBuilder(Engine engine) throws Exception {
    assumeTrue(Files.isExecutable(CLI), "needs the docker CLI at " + CLI);
    files("app/main.py", "app/__pycache__/main.cpython-311.pyc", "app/data/keep.txt", "app/data/drop.txt",
        "docs/README.md", "docs/guide.md", "docs/img/logo.png", ".env", ".env.example",
        "secrets/key.pem", "secrets/public.pem", "build/lib/x.py", "src/build/y.py",
        "node_modules/a/index.js", "weird[name].txt", "a.b/c.txt", "deep/x/y/z/file.log",
        "deep/x/y/keep.log", "notes.md", "sub/notes.md", "bin/run.sh", "tests/test_a.py", "tests/conftest.py");
    Files.setPosixFilePermissions(ctx.resolve("bin/run.sh"), PosixFilePermissions.fromString("rwxr-x---"));
    Files.createSymbolicLink(ctx.resolve("link-to-main"), Path.of("app/main.py"));
    Files.writeString(ctx.resolve(".dockerignore"), String.join("\n",
        "# comment line",
        "**/__pycache__",
        "app/data/*",
        "!app/data/keep.txt",
        "docs",
        "!docs/README.md",
        ".env*",
        "!.env.example",
        "secrets",
        "!secrets/public.pem",
        "/build/",
        "node_modules/**",
        "weird\\[name\\].txt",
        "**/*.log",
        "!deep/x/y/keep.log",
        "*.md",
        "!sub/*.md",
        "tests/*",
        "!tests/conftest.py",
        "./a.b/../a.b/c.txt",
        "Dockerfile",
        ".dockerignore",
        ""));
    Files.writeString(ctx.resolve("Dockerfile"), "FROM python:3.11-slim\nCOPY . /ctx\n");

    String ours = listing(engine, buildWithApi(engine));
    String theirs = listing(engine, buildWithCli());

    assertThat(ours).isEqualTo(theirs);
    // And what that listing is, so a change in both would still be noticed.
    assertThat(ours.lines().toList()).contains(
        "f 750 /ctx/bin/run.sh", "f 644 /ctx/app/data/keep.txt", "f 644 /ctx/docs/README.md",
        "f 644 /ctx/.env.example", "f 644 /ctx/secrets/public.pem", "f 644 /ctx/deep/x/y/keep.log",
        "f 644 /ctx/sub/notes.md", "f 644 /ctx/tests/conftest.py", "f 644 /ctx/src/build/y.py",
        "l 777 /ctx/link-to-main");
    assertThat(ours).doesNotContain("__pycache__", "drop.txt", "guide.md", "/ctx/.env\n", "key.pem",
        "/ctx/build/", "index.js", "weird", "file.log", "/ctx/notes.md", "test_a.py", "c.txt", "Dockerfile",
        ".dockerignore");
  }

  private String buildWithApi(Engine engine) {
    BuildResult r = new ImageBuilder(engine).build(BuildRequest.of(ctx).withBuilder(BuildRequest.Builder.API), e -> { });
    assertThat(r.succeeded()).as(String.valueOf(r.failure())).isTrue();
    return r.imageId().orElseThrow();
  }

  private String buildWithCli() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(CLI.toString(), "build", "-q", "--network", "none", ctx.toString())
        .redirectErrorStream(true);
    pb.environment().put("DOCKER_BUILDKIT", "0");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> lines = out.lines().filter(l -> l.startsWith("sha256:")).toList();
    assertThat(lines).as(out).hasSize(1);
    return lines.get(0);
  }

  private static String listing(Engine engine, String image) throws InterruptedException {
    String out = Images.run(engine, image, "find", "/ctx", "-mindepth", "1", "-printf", "%y %m %p\\n");
    return String.join("\n", out.lines().sorted().toList());
  }
}
