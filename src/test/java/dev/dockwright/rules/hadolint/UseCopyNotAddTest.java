package dev.dockwright.rules.hadolint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.RuleTester;
import org.junit.jupiter.api.Test;

class UseCopyNotAddTest {

  private final RuleTester tester = RuleTester.of(new UseCopyNotAdd());

  @Test
  void addOfPlainFilesIsReported() {
    tester.check("""
        FROM python:3.12-slim
        # expect: DL3020
        ADD file /usr/src/app/
        # expect: DL3020
        ADD file.zip /usr/src/app/
        # expect: DL3020
        ADD "file.zip" /usr/src/app/
        # expect: DL3020
        ADD app.tar README.md /usr/src/app/
        """);
  }

  @Test
  void archivesAndUrlsAreWhatAddIsFor() {
    tester.checkClean("""
        FROM python:3.12-slim
        ADD file.tar file.gz file.bz2 file.xz file.tgz /usr/src/app/
        ADD http://file.com /usr/src/app/
        ADD "file.tgz" /usr/src/app/
        ADD "http://file.com" /usr/src/app/
        ADD git@github.com:moby/buildkit.git /src/
        ADD ["https://example.com/a.txt", "/a.txt"]
        """);
  }

  @Test
  void fixTurnsAddIntoCopyWhenNothingElseChanges() {
    assertThat(tester.applyFixes(
        "FROM python:3.12-slim\nADD --chown=app requirements.txt /app/\nadd a b\n"))
        .isEqualTo("FROM python:3.12-slim\nCOPY --chown=app requirements.txt /app/\ncopy a b\n");
    // A mixed ADD would stop extracting its archive, and --checksum is ADD's own: no fix.
    assertThat(tester.applyFixes("FROM python:3.12-slim\nADD app.tar README.md /app/\n"))
        .contains("ADD app.tar");
    assertThat(tester.lint("FROM a:1\nADD --checksum=sha256:abc f /f\n").findings().get(0)
        .fix()).isEmpty();
  }
}
