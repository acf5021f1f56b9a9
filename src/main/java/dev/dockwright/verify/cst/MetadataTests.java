package dev.dockwright.verify.cst;

import dev.dockwright.image.ImageConfig;
import dev.dockwright.secrets.SecretNames;
import dev.dockwright.secrets.SecretPatterns;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.cst.StructureTest.EnvVar;
import dev.dockwright.verify.cst.StructureTest.MetadataTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The CST metadata test, answered from the image config. */
final class MetadataTests {
  private MetadataTests() {}

  static CheckResult run(MetadataTest t, ImageConfig c) {
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
    if (errors.isEmpty()) return CheckResult.pass(StructureTests.METADATA, title, measured, expected);
    return CheckResult.fail(StructureTests.METADATA, title, measured, expected, String.join("; ", errors));
  }

  private static boolean valueMatches(EnvVar v, String actual) {
    if (!v.isRegex()) return v.value().equals(actual);
    return GoCompat.regex(v.value()).map(p -> GoCompat.matches(p, actual)).orElse(false);
  }

  private static String shown(String key, String value) {
    return SecretNames.secretName(key) && !value.isEmpty() ? "<redacted>" : SecretPatterns.redact(value);
  }
}
