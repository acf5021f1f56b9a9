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
  void windowsStagesUseWindowsAbsolutePaths() {
    tester.checkClean("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        WORKDIR C:\\go
        FROM --platform=windows/amd64 example/tools AS tools
        WORKDIR \\tools
        """);
    tester.check("""
        # escape=`
        FROM mcr.microsoft.com/windows/nanoserver:ltsc2022
        # expect: WorkdirRelativePath
        WORKDIR D:\\go
        """);
    assertThat(WorkdirRelativePath.isAbsolute("C:\\go", true)).isTrue();
    assertThat(WorkdirRelativePath.isAbsolute("C:\\go", false)).isTrue(); // a drive: Windows
    assertThat(WorkdirRelativePath.isAbsolute("C:go", true)).isFalse();
    assertThat(WorkdirRelativePath.isAbsolute("D:\\go", false)).isFalse(); // not the system drive
    assertThat(WorkdirRelativePath.isAbsolute("/go", true)).isTrue();
    assertThat(WorkdirRelativePath.isAbsolute("go", true)).isFalse();
  }

  @Test
  void aPathFromAnUnknownImagesVariableIsNotJudged() {
    tester.checkClean("""
        FROM jupyter/base-notebook
        WORKDIR "${HOME}"
        """);
    tester.check("""
        FROM alpine
        # expect: WorkdirRelativePath
        WORKDIR "${HOME}"
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
