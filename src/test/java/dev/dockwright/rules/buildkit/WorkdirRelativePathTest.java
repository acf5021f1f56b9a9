package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkdirRelativePathTest {

  private final RuleTester tester = RuleTester.of(new WorkdirRelativePath());

  @Test
  void firstRelativeWorkdirIsReported() {
    List<Finding> findings = tester.check("""
        FROM nginx
        # expect: WorkdirRelativePath
        WORKDIR usr/share/nginx/html
        WORKDIR sub
        """);
    assertThat(findings.get(0).message()).isEqualTo(
        "Relative workdir \"usr/share/nginx/html\" can have unexpected results if the base image"
            + " changes");
  }

  @Test
  void relativeAfterAnAbsoluteOneIsFine() {
    tester.checkClean("""
        FROM nginx
        WORKDIR /usr/share
        WORKDIR nginx/html
        """);
  }

  @Test
  void anAbsoluteWorkdirInAParentStageCounts() {
    tester.checkClean("""
        FROM scratch AS a
        WORKDIR /app
        FROM a AS b
        WORKDIR subdir/
        """);
    tester.check("""
        FROM scratch AS a
        WORKDIR /app
        FROM scratch AS c
        # expect: WorkdirRelativePath
        WORKDIR subdir/
        """);
  }

  @Test
  void theExpandedPathIsChecked() {
    tester.checkClean("""
        FROM alpine
        ENV APP=/srv/app
        WORKDIR $APP
        """);
    tester.check("""
        FROM alpine
        ARG DIR=srv
        # expect: WorkdirRelativePath "srv"
        WORKDIR $DIR
        """);
  }
}
