package dev.dockwright.verify.cst;

import dev.dockwright.verify.secrets.SecretPatterns;
import dev.dockwright.image.EntryType;
import dev.dockwright.image.FileModes;
import dev.dockwright.image.Image;
import dev.dockwright.image.ImageConfig;
import dev.dockwright.image.MergedFilesystem;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.StructureTest.CommandTest;
import dev.dockwright.verify.cst.StructureTest.EnvVar;
import dev.dockwright.verify.cst.StructureTest.FileContentTest;
import dev.dockwright.verify.cst.StructureTest.FileExistenceTest;
import dev.dockwright.verify.cst.StructureTest.MetadataTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates container-structure-test files the way CST does. File existence, file content and
 * metadata tests are answered from the image's config and merged filesystem, with no container
 * (like CST's tar driver); command tests go through a {@link CommandRunner} and are skipped when
 * there is none. License tests are reported as unsupported.
 *
 * <pre>{@code
 * StructureTest cst = StructureTestParser.parse(Path.of("cst.yaml"));
 * List<CheckResult> results = StructureTests.run(cst, image, Optional.of(engineRunner));
 * }</pre>
 */
public final class StructureTests {
  public static final String COMMAND = "cst.command";
  public static final String FILE_EXISTENCE = "cst.file-existence";
  public static final String FILE_CONTENT = "cst.file-content";
  public static final String METADATA = "cst.metadata";
  public static final String LICENSE = "cst.license";
  /** CST runs commands without a limit; a hung command must not hang verify. */
  public static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(5);
  private static final int MAX_FILE_BYTES = 64 << 20;
  private static final int OUTPUT_EXCERPT = 400;

  private StructureTests() {}

  /** Parses a file and runs it: the one call the verify command needs per CST file. */
  public static List<CheckResult> run(Path file, Image image, Optional<CommandRunner> runner) {
    return run(StructureTestParser.parse(file), image, runner);
  }

  /** Runs every test of a file, in CST's order: command, file content, file existence, license, metadata. */
  public static List<CheckResult> run(StructureTest st, Image image, Optional<CommandRunner> runner) {
    List<CheckResult> out = new ArrayList<>();
    Map<String, String> imageEnv = image.config().envMap();
    for (CommandTest t : st.commandTests()) out.add(command(st, t, imageEnv, runner));
    for (FileContentTest t : st.fileContentTests()) out.add(fileContent(t, image));
    for (FileExistenceTest t : st.fileExistenceTests()) out.add(fileExistence(t, image, imageEnv));
    for (int i = 0; i < st.licenseTests().size(); i++) {
      out.add(CheckResult.skip(LICENSE, "License Test",
          "licenseTests are not supported by dockwright (CST itself marks them as unused)"));
    }
    st.metadataTest().filter(m -> !m.isEmpty()).ifPresent(m -> out.add(metadata(m, image.config())));
    return out;
  }

  // ---- command tests ---------------------------------------------------------------------------

  private static CheckResult command(StructureTest st, CommandTest t, Map<String, String> imageEnv,
      Optional<CommandRunner> runner) {
    String title = "Command Test: " + t.name();
    if (runner.isEmpty()) return CheckResult.skip(COMMAND, title, "command tests need a container engine");
    // Global env values may refer to the image's env ("$PATH"), as CST expands them against it.
    Map<String, String> global = new LinkedHashMap<>();
    for (EnvVar v : st.globalEnvVars()) global.put(v.key(), GoCompat.expand(v.value(), imageEnv));
    Map<String, String> visible = new LinkedHashMap<>(imageEnv);
    visible.putAll(global);
    Map<String, String> testEnv = new LinkedHashMap<>();
    for (EnvVar v : t.envVars()) testEnv.put(v.key(), GoCompat.expand(v.value(), visible));
    visible.putAll(testEnv);
    List<String> argv = new ArrayList<>();
    argv.add(GoCompat.expand(t.command(), visible));
    for (String a : t.args()) argv.add(GoCompat.expand(a, visible));

    String expected = "exit " + t.exitCode() + describeExpectations(t);
    CommandRunner.Result r;
    List<String> notes = new ArrayList<>();
    try (CommandRunner.Session session = runner.get().open(global,
        st.containerRunOptions().orElse(StructureTest.ContainerRunOptions.NONE))) {
      for (List<String> setup : t.setup()) {
        CommandRunner.Result s = session.run(setup, testEnv, COMMAND_TIMEOUT);
        // CST commits each setup container whatever its exit code; keep the fact for the report.
        if (s.exitCode() != 0) notes.add("setup " + String.join(" ", setup) + " exited " + s.exitCode());
      }
      r = session.run(argv, testEnv, COMMAND_TIMEOUT);
      for (List<String> teardown : t.teardown()) {
        CommandRunner.Result s = session.run(teardown, testEnv, COMMAND_TIMEOUT);
        if (s.exitCode() != 0) notes.add("teardown " + String.join(" ", teardown) + " exited " + s.exitCode());
      }
    } catch (IOException e) {
      return CheckResult.error(COMMAND, title, "could not run " + String.join(" ", argv) + ": " + e.getMessage());
    }
    if (r.timedOut()) {
      return CheckResult.fail(COMMAND, title, "timed out after " + r.duration().toSeconds() + "s", expected,
          "killed after " + COMMAND_TIMEOUT.toMinutes() + " minutes");
    }
    List<String> errors = new ArrayList<>();
    expectMatches(t.expectedError(), r.stderr(), true, "error", errors);
    expectMatches(t.excludedError(), r.stderr(), false, "error", errors);
    expectMatches(t.expectedOutput(), r.stdout(), true, "output", errors);
    expectMatches(t.excludedOutput(), r.stdout(), false, "output", errors);
    if (r.exitCode() != t.exitCode()) {
      errors.add("exited with " + r.exitCode() + ", expected " + t.exitCode());
    }
    String measured = "exit " + r.exitCode() + " in " + r.duration().toMillis() + "ms";
    if (errors.isEmpty()) return CheckResult.pass(COMMAND, title, measured, expected);
    errors.addAll(notes);
    errors.add("stdout: " + excerpt(r.stdout()));
    errors.add("stderr: " + excerpt(r.stderr()));
    return CheckResult.fail(COMMAND, title, measured, expected, String.join("; ", errors));
  }

  private static void expectMatches(List<String> regexes, String text, boolean shouldMatch, String stream,
      List<String> errors) {
    for (String re : regexes) {
      Optional<Pattern> p = GoCompat.regex(re);
      if (p.isEmpty()) {
        errors.add("invalid regex '" + re + "'");
      } else if (GoCompat.matches(p.get(), text) != shouldMatch) {
        errors.add((shouldMatch ? "expected " : "excluded ") + "'" + re + "' " + (shouldMatch ? "not found in " : "found in ") + stream);
      }
    }
  }

  private static String describeExpectations(CommandTest t) {
    int n = t.expectedOutput().size() + t.excludedOutput().size() + t.expectedError().size() + t.excludedError().size();
    return n == 0 ? "" : ", " + n + (n == 1 ? " output pattern" : " output patterns");
  }

  private static String excerpt(String s) {
    String one = SecretPatterns.redact(s.strip());
    if (one.isEmpty()) return "(empty)";
    return one.length() > OUTPUT_EXCERPT ? one.substring(0, OUTPUT_EXCERPT) + "…" : one;
  }

  // ---- file tests --------------------------------------------------------------------------------

  private static CheckResult fileExistence(FileExistenceTest t, Image image, Map<String, String> imageEnv) {
    String title = "File Existence Test: " + t.name();
    String path = GoCompat.expand(t.path(), imageEnv);
    // CST stats without following a final symlink (docker cp and the tar driver's Lstat).
    Optional<MergedFilesystem.Node> node = image.filesystem().resolveNoFollow(path);
    String expected = t.shouldExist() ? "exists" + t.permissions().map(p -> " " + p).orElse("") : "absent";
    if (!t.shouldExist()) {
      return node.isEmpty()
          ? CheckResult.pass(FILE_EXISTENCE, title, "absent", expected)
          : CheckResult.fail(FILE_EXISTENCE, title, describe(node.get()), expected,
              "File " + t.path() + " should not exist but does");
    }
    if (node.isEmpty()) {
      return CheckResult.fail(FILE_EXISTENCE, title, "absent", expected, "File " + t.path() + " should exist but does not");
    }
    MergedFilesystem.Node n = node.get();
    int mode = n.entry().mode();
    String goMode = FileModes.goString(n.type(), mode);
    List<String> errors = new ArrayList<>();
    t.permissions().filter(p -> !p.equals(goMode))
        .ifPresent(p -> errors.add(t.path() + " has incorrect permissions. Expected: " + p + ", Actual: " + goMode));
    t.isExecutableBy().ifPresent(who -> {
      int bits = switch (who) {
        case "owner" -> 0100;
        case "group" -> 0010;
        case "other" -> 0001;
        default -> 0111;
      };
      if ((mode & bits) == 0) errors.add(t.path() + " is not executable by " + who + ": " + goMode);
    });
    t.uid().ifPresent(uid -> {
      if (n.entry().uid() != uid) errors.add(t.path() + " has incorrect user ownership. Expected: " + uid + ", Actual: " + n.entry().uid());
    });
    t.gid().ifPresent(gid -> {
      if (n.entry().gid() != gid) errors.add(t.path() + " has incorrect group ownership. Expected: " + gid + ", Actual: " + n.entry().gid());
    });
    if (errors.isEmpty()) return CheckResult.pass(FILE_EXISTENCE, title, describe(n), expected);
    return CheckResult.fail(FILE_EXISTENCE, title, describe(n), expected, String.join("; ", errors));
  }

  private static CheckResult fileContent(FileContentTest t, Image image) {
    String title = "File Content Test: " + t.name();
    int patterns = t.expectedContents().size() + t.excludedContents().size();
    String expected = patterns + (patterns == 1 ? " pattern" : " patterns");
    Optional<MergedFilesystem.Node> node = image.filesystem().resolve(t.path());
    if (node.isPresent() && node.get().type() == EntryType.DIRECTORY) {
      return CheckResult.fail(FILE_CONTENT, title, "a directory", expected,
          "Cannot read specified path: " + t.path() + " is a directory, not a file");
    }
    Optional<byte[]> bytes = image.readFile(t.path(), MAX_FILE_BYTES);
    if (bytes.isEmpty()) {
      return CheckResult.fail(FILE_CONTENT, title, "absent", expected, "Failed to open " + t.path() + ": no such file");
    }
    String content = new String(bytes.get(), StandardCharsets.UTF_8);
    List<String> errors = new ArrayList<>();
    for (String re : t.expectedContents()) contentMatch(re, content, true, errors);
    for (String re : t.excludedContents()) contentMatch(re, content, false, errors);
    String measured = bytes.get().length + " bytes";
    if (errors.isEmpty()) return CheckResult.pass(FILE_CONTENT, title, measured, expected);
    return CheckResult.fail(FILE_CONTENT, title, measured, expected, String.join("; ", errors));
  }

  private static void contentMatch(String re, String content, boolean shouldMatch, List<String> errors) {
    Optional<Pattern> p = GoCompat.regex(re);
    if (p.isEmpty()) {
      errors.add("invalid regex '" + re + "'");
    } else if (GoCompat.matches(p.get(), content) != shouldMatch) {
      errors.add((shouldMatch ? "Expected string '" : "Excluded string '") + re
          + (shouldMatch ? "' not found in file content" : "' found in file content"));
    }
  }

  private static String describe(MergedFilesystem.Node n) {
    return FileModes.goString(n.type(), n.entry().mode()) + " " + n.entry().uid() + ":" + n.entry().gid();
  }

  // ---- metadata -----------------------------------------------------------------------------------

  private static CheckResult metadata(MetadataTest t, ImageConfig c) {
    String title = "Metadata Test";
    Map<String, String> env = c.envMap();
    List<String> errors = new ArrayList<>();
    int checks = 0;
    for (EnvVar v : t.envVars()) {
      checks++;
      String actual = env.get(v.key());
      if (actual == null) {
        errors.add("variable " + v.key() + " not found in image env");
      } else if (!valueMatches(v, actual)) {
        errors.add("env var " + v.key() + " value " + shown(v.key(), actual) + " does not match expected value: "
            + shown(v.key(), v.value()));
      }
    }
    for (EnvVar v : t.unboundEnvVars()) {
      checks++;
      if (env.containsKey(v.key())) errors.add("env variable " + v.key() + " should not be present in image metadata");
    }
    for (EnvVar v : t.labels()) {
      checks++;
      String actual = c.labels().get(v.key());
      if (actual == null) {
        errors.add("label " + v.key() + " not found in image metadata");
      } else if (!valueMatches(v, actual)) {
        errors.add("label " + v.key() + " value " + actual + " does not match expected value: " + v.value());
      }
    }
    if (t.cmd().isPresent()) {
      checks++;
      if (!t.cmd().get().equals(c.cmd())) errors.add("Image Cmd " + c.cmd() + " does not match expected Cmd: " + t.cmd().get());
    }
    if (t.entrypoint().isPresent()) {
      checks++;
      if (!t.entrypoint().get().equals(c.entrypoint())) {
        errors.add("Image entrypoint " + c.entrypoint() + " does not match expected entrypoint: " + t.entrypoint().get());
      }
    }
    if (t.workdir().isPresent()) {
      checks++;
      if (!t.workdir().get().equals(c.workdir())) {
        errors.add("Image workdir " + c.workdir() + " does not match config workdir: " + t.workdir().get());
      }
    }
    if (t.user().isPresent()) {
      checks++;
      if (!t.user().get().equals(c.user())) errors.add("Image user " + c.user() + " does not match config user: " + t.user().get());
    }
    // CST compares ports without their protocol: "8080" matches the config's "8080/tcp".
    List<String> ports = c.exposedPorts().stream().map(p -> p.contains("/") ? p.substring(0, p.indexOf('/')) : p).toList();
    for (String p : t.exposedPorts()) {
      checks++;
      if (!ports.contains(p)) errors.add("Port " + p + " not found in config");
    }
    for (String p : t.unexposedPorts()) {
      checks++;
      if (ports.contains(p)) errors.add("Port " + p + " should not be exposed");
    }
    for (String v : t.volumes()) {
      checks++;
      if (!c.volumes().contains(v)) errors.add("Volume " + v + " not found in config");
    }
    for (String v : t.unmountedVolumes()) {
      checks++;
      if (c.volumes().contains(v)) errors.add("Volume " + v + " should not be mounted");
    }
    String measured = (checks - errors.size()) + "/" + checks + " expectations met";
    String expected = checks + (checks == 1 ? " expectation" : " expectations");
    if (errors.isEmpty()) return CheckResult.pass(METADATA, title, measured, expected);
    return CheckResult.fail(METADATA, title, measured, expected, String.join("; ", errors));
  }

  private static boolean valueMatches(EnvVar v, String actual) {
    if (!v.isRegex()) return v.value().equals(actual);
    return GoCompat.regex(v.value()).map(p -> GoCompat.matches(p, actual)).orElse(false);
  }

  private static String shown(String key, String value) {
    return SecretPatterns.secretName(key) && !value.isEmpty() ? "<redacted>" : SecretPatterns.redact(value);
  }
}
