package dev.dockwright.lint.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigResolverTest {

  @Test
  void nearestDirectoryWinsAndDockwrightBeforeHadolint(@TempDir Path root) throws Exception {
    Path a = Files.createDirectories(root.resolve("a"));
    Path deep = Files.createDirectories(a.resolve("b/c"));
    Files.writeString(root.resolve(".hadolint.yml"), "ignored: [ROOT]\n");
    Files.writeString(a.resolve(".hadolint.yaml"), "ignored: [HADOLINT]\n");
    Files.writeString(a.resolve(".dockwright.yaml"), "ignored: [DOCKWRIGHT]\n");

    ConfigResolver resolver = new ConfigResolver(Optional.empty());
    assertThat(resolver.forDirectory(deep).ignored()).containsExactly("DOCKWRIGHT");
    assertThat(resolver.forDirectory(root).ignored()).containsExactly("ROOT");
    assertThat(resolver.discover(deep)).contains(a.resolve(".dockwright.yaml"));
  }

  @Test
  void explicitConfigWinsEverywhere(@TempDir Path root) throws Exception {
    Files.writeString(root.resolve(".dockwright.yaml"), "ignored: [NEAR]\n");
    Path explicit = Files.writeString(root.resolve("ci.yaml"), "ignored: [EXPLICIT]\n");
    ConfigResolver resolver = new ConfigResolver(Optional.of(explicit));
    assertThat(resolver.forDirectory(root).ignored()).containsExactly("EXPLICIT");
  }

  @Test
  void missingExplicitConfigIsAnError(@TempDir Path root) {
    Path missing = root.resolve("nope.yaml");
    assertThatThrownBy(() -> new ConfigResolver(Optional.of(missing)).forDirectory(root))
        .hasMessage(missing + ": cannot read config: no such file");
  }

  @Test
  void nothingFoundGivesDefaults(@TempDir Path root) throws Exception {
    // Upwards from a temp dir there may be a config on this machine; look in an isolated tree.
    Path deep = Files.createDirectories(root.resolve("x/y"));
    ConfigResolver resolver = new ConfigResolver(Optional.empty());
    Optional<Path> found = resolver.discover(deep);
    found.ifPresent(p -> assertThat(p.startsWith(root)).isFalse());
    if (found.isEmpty()) {
      assertThat(resolver.forDirectory(deep)).isSameAs(LintConfig.DEFAULTS);
    }
  }
}
