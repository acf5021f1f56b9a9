package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/dockwright} and its class-data-sharing archive, end to end: a copy of the launcher in
 * a temporary home whose {@code target/dockwright.jar} holds the compiled classes (dependencies
 * through its manifest's Class-Path). The archive must never change what a run prints, must follow
 * the jar, and must never be installed when the JVM cannot map it.
 */
class LauncherTest {

  @TempDir Path home;

  private Path jar;
  private Path archive;

  @BeforeEach
  void home() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash");
    Files.createDirectories(home.resolve("bin"));
    Path launcher = Files.copy(Path.of("bin/dockwright"), home.resolve("bin/dockwright"));
    launcher.toFile().setExecutable(true);
    Path example = home.resolve("examples/flawed-service/Dockerfile");
    Files.createDirectories(example.getParent());
    Files.copy(Path.of("examples/flawed-service/Dockerfile"), example);
    jar = buildJar(home.resolve("target"));
    archive = home.resolve("target/dockwright.jsa");
  }

  /** The links into ~/.m2 go before JUnit cleans up (it warns about links leaving the dir). */
  @AfterEach
  void unlinkLibraries() throws IOException {
    Path lib = home.resolve("target/lib");
    if (Files.isDirectory(lib)) {
      try (Stream<Path> links = Files.list(lib)) {
        for (Path link : (Iterable<Path>) links::iterator) {
          Files.delete(link);
        }
      }
    }
  }

  @Test
  void theFirstRunTrainsAnArchiveThatChangesNothingButSpeed() throws Exception {
    Run first = run(Map.of(), "lint", "--format", "json", "examples/flawed-service/Dockerfile");
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    assertThat(first.out()).contains("\"code\" : \"DL3008\"");
    assertThat(archive).isNotEmptyFile();
    assertThat(leftovers()).isEmpty();

    // -Xshare:on: the JVM fails instead of quietly running without an archive it cannot map
    Run mapped = run(Map.of("DOCKWRIGHT_JAVA_OPTS", "-Xshare:on"),
        "lint", "--format", "json", "examples/flawed-service/Dockerfile");
    Run without = run(Map.of("DOCKWRIGHT_NO_CDS", "1"),
        "lint", "--format", "json", "examples/flawed-service/Dockerfile");
    assertThat(mapped).isEqualTo(first);
    assertThat(without).isEqualTo(first);
    for (String[] args : List.of(new String[] {"lint", "examples/flawed-service/Dockerfile"},
        new String[] {"lint", "nosuch"})) {
      assertThat(run(Map.of("DOCKWRIGHT_JAVA_OPTS", "-Xshare:on"), args))
          .isEqualTo(run(Map.of("DOCKWRIGHT_NO_CDS", "1"), args));
    }
  }

  @Test
  void anArchiveOlderThanTheJarIsNeverUsedAndGetsReplaced() throws Exception {
    // an archive of an earlier build: mapping this one would crash the JVM
    Files.write(archive, new byte[4096]);
    Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(3600)));
    Run run = run(Map.of(), "--version");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("dockwright ");
    assertThat(Files.size(archive)).isGreaterThan(4096);
    assertThat(Files.getLastModifiedTime(archive).toInstant())
        .isAfter(Files.getLastModifiedTime(jar).toInstant());
    assertThat(run(Map.of("DOCKWRIGHT_JAVA_OPTS", "-Xshare:on"), "--version")).isEqualTo(run);
  }

  @Test
  void anArchiveIsForOneJarPathAndOneJava() throws Exception {
    Run before = run(Map.of(), "--version");
    assertThat(archive).isNotEmptyFile();

    // the same JVM under another name stands for a switched JAVA
    Path java = home.resolve("other-java");
    Files.createSymbolicLink(java, Path.of(javaBinary()));
    FileTime trained = Files.getLastModifiedTime(archive);
    assertThat(run(Map.of("JAVA", java.toString()), "--version")).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(trained);
    assertThat(Files.readAllLines(home.resolve("target/dockwright.jsa.stamp")))
        .containsExactly(jar.toString(), java.toString());

    // moving keeps every mtime: only the path tells the old archive is not for this jar
    Path moved = Files.createDirectories(home.resolve("moved"));
    for (String dir : List.of("bin", "target", "examples")) {
      Files.move(home.resolve(dir), moved.resolve(dir));
    }
    home = moved;
    archive = moved.resolve("target/dockwright.jsa");
    jar = moved.resolve("target/dockwright.jar");
    trained = Files.getLastModifiedTime(archive);
    assertThat(run(Map.of(), "--version")).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(trained);
    assertThat(Files.readAllLines(moved.resolve("target/dockwright.jsa.stamp")))
        .containsExactly(jar.toString(), javaBinary());
    assertThat(run(Map.of("DOCKWRIGHT_JAVA_OPTS", "-Xshare:on"), "--version")).isEqualTo(before);
  }

  @Test
  void anArchiveTheJvmCannotMapIsNeverInstalled() throws Exception {
    Path java = truncatingJava();
    Map<String, String> env = Map.of("JAVA", java.toString());
    Run expected = run(Map.of("DOCKWRIGHT_NO_CDS", "1"), "lint", "examples/flawed-service/Dockerfile");

    assertThat(run(env, "lint", "examples/flawed-service/Dockerfile")).isEqualTo(expected);
    assertThat(archive).doesNotExist();
    Path failed = home.resolve("target/dockwright.jsa.failed");
    assertThat(failed).exists();
    assertThat(leftovers()).isEmpty();

    // not retried until the next build
    FileTime marked = FileTime.from(Instant.now().minusSeconds(5));
    Files.setLastModifiedTime(failed, marked);
    assertThat(run(env, "lint", "examples/flawed-service/Dockerfile")).isEqualTo(expected);
    assertThat(Files.getLastModifiedTime(failed)).isEqualTo(marked);

    // the next build, with a java that works, gets its archive
    Files.setLastModifiedTime(failed, FileTime.from(Instant.now().minusSeconds(120)));
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    assertThat(run(Map.of(), "lint", "examples/flawed-service/Dockerfile")).isEqualTo(expected);
    assertThat(archive).isNotEmptyFile();
    assertThat(failed).doesNotExist();
  }

  @Test
  void aFailedTrainingLeavesTheArchiveItWouldHaveReplaced() throws Exception {
    Run before = run(Map.of(), "lint", "examples/flawed-service/Dockerfile");
    FileTime trained = Files.getLastModifiedTime(archive);
    List<String> stamp = Files.readAllLines(home.resolve("target/dockwright.jsa.stamp"));

    // another java is another archive: its training fails, and runs with it go without one
    Path java = truncatingJava();
    assertThat(run(Map.of("JAVA", java.toString()), "lint", "examples/flawed-service/Dockerfile"))
        .isEqualTo(before);
    assertThat(Files.getLastModifiedTime(archive)).isEqualTo(trained);
    assertThat(Files.readAllLines(home.resolve("target/dockwright.jsa.stamp"))).isEqualTo(stamp);

    // the usual java still maps the archive it trained
    assertThat(run(Map.of("DOCKWRIGHT_JAVA_OPTS", "-Xshare:on"),
        "lint", "examples/flawed-service/Dockerfile")).isEqualTo(before);
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void aReadOnlyTargetRunsWithoutAnArchive() throws Exception {
    Path target = home.resolve("target");
    Run expected = run(Map.of("DOCKWRIGHT_NO_CDS", "1"), "lint", "examples/flawed-service/Dockerfile");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      // root writes anywhere: run the launcher as nobody, for whom root's target/ is read-only;
      // nobody cannot follow the library links into root's ~/.m2, so they become copies
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      try (Stream<Path> links = Files.list(target.resolve("lib"))) {
        for (Path link : (Iterable<Path>) links::iterator) {
          Path library = link.toRealPath();
          Files.delete(link);
          Files.copy(library, link);
        }
      }
      runAs = List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    } else {
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r-xr-xr-x"));
    }
    try {
      assertThat(run(Map.of(), "lint", "examples/flawed-service/Dockerfile")).isEqualTo(expected);
      assertThat(archive).doesNotExist();
    } finally {
      runAs = List.of();
      Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** A java that truncates every archive it dumps, as a full disk or a killed dump would. */
  private Path truncatingJava() throws IOException {
    Path java = home.resolve("truncating-java");
    Files.writeString(java, """
        #!/bin/bash
        "%s" "$@"; status=$?
        dump=; file=
        for a in "$@"; do
          case $a in -Xshare:dump) dump=1;; -XX:SharedArchiveFile=*) file=${a#*=};; esac
        done
        if [ -n "$dump" ] && [ -f "$file" ]; then head -c 65536 "$file" >"$file.x"; mv -f "$file.x" "$file"; fi
        exit $status
        """.formatted(javaBinary()));
    java.toFile().setExecutable(true);
    return java;
  }

  /** What the launcher and the JVM left behind besides the jar, its libraries and the archive. */
  private List<Path> leftovers() throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(home.resolve("target"))) {
      files.filter(f -> !f.equals(jar) && !f.equals(archive) && !f.endsWith("lib")
          && !f.endsWith("dockwright.jsa.stamp") && !f.endsWith("dockwright.jsa.failed"))
          .forEach(out::add);
    }
    try (Stream<Path> files = Files.list(home)) {
      files.filter(f -> f.getFileName().toString().startsWith("hs_err")).forEach(out::add);
    }
    return out;
  }

  private record Run(int exit, String out, String err) {}

  /** What the launcher runs under (a user switch), before its own path. */
  private List<String> runAs = List.of();

  private Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(runAs);
    command.add(home.resolve("bin/dockwright").toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    Map<String, String> environment = pb.environment();
    environment.remove("DOCKWRIGHT_NO_CDS");
    environment.remove("DOCKWRIGHT_JAVA_OPTS");
    environment.put("JAVA", javaBinary());
    environment.putAll(new HashMap<>(env));
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    Files.delete(out);
    Files.delete(err);
    return run;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * The compiled classes as target/dockwright.jar, the dependencies linked under target/lib and
   * named in the manifest's Class-Path (the real build shades them in; the launcher only cares
   * that the jar runs).
   */
  private static Path buildJar(Path target) throws IOException {
    Path lib = Files.createDirectories(target.resolve("lib"));
    Path classes = null;
    List<String> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path path = Path.of(entry);
      if (entry.endsWith(".jar") && Files.isRegularFile(path)) {
        Path link = lib.resolve(classPath.size() + "-" + path.getFileName());
        Files.createSymbolicLink(link, path.toAbsolutePath());
        classPath.add("lib/" + link.getFileName());
      } else if (Files.exists(path.resolve("dev/dockwright/cli/Main.class"))) {
        classes = path;
      }
    }
    assertThat(classes).as("target/classes on the class path").isNotNull();
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
    Path jar = target.resolve("dockwright.jar");
    Path root = classes;
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file, manifest);
        Stream<Path> files = Files.walk(root)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        out.putNextEntry(new JarEntry(root.relativize(f).toString().replace(File.separatorChar, '/')));
        out.write(Files.readAllBytes(f));
        out.closeEntry();
      }
    }
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(30)));
    return jar;
  }
}
