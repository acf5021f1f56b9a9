package dev.dockwright.rules.buildkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidDefinitionDescriptionTest {

  private final RuleTester tester = RuleTester.of(new InvalidDefinitionDescription());

  @Test
  void offUnlessEnabled() {
    tester.checkClean("""
        # a non-descriptive comment
        FROM scratch AS base
        """);
  }

  @Test
  void commentsThatDoNotStartWithTheNameAreReported() {
    List<Finding> findings = tester.check("""
        # check=experimental=InvalidDefinitionDescription
        # bar this is the bar
        # expect: InvalidDefinitionDescription
        ARG foo=bar
        # BasE this is the BasE image
        # expect: InvalidDefinitionDescription
        FROM scratch AS base
        # definitely a bad comment
        # expect: InvalidDefinitionDescription
        ARG foo=baz bar=qux baz=quux
        """);
    assertThat(findings).extracting(Finding::message).containsExactly(
        "Comment for ARG should follow the format: `# foo <description>`",
        "Comment for FROM should follow the format: `# base <description>`",
        "Comment for ARG should follow the format: `# <arg_key> <description>`");
  }

  @Test
  void descriptionsAndSeparatedCommentsAreFine() {
    tester.checkClean("""
        # check=experimental=all
        # foo this is the foo
        ARG foo=bar

        # base this is the base image
        FROM scratch AS base
        # baz this is the baz
        ARG foo=baz bar=qux baz=quux
        # a comment, then an empty comment line
        #
        ARG bit=bat
        # comment for something other than ARG or FROM
        COPY Dockerfile .
        # an unnamed stage has nothing to describe
        FROM scratch
        """);
  }

  @Test
  void blankLinesDoNotSeparateACommentFromTheInstruction() {
    tester.check("""
        # check=experimental=InvalidDefinitionDescription
        # a non-descriptive comment

        # expect: InvalidDefinitionDescription
        FROM scratch AS base
        """);
  }
}
