package dev.dockwright.syntax;

import static dev.dockwright.syntax.Parsing.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DirectivesTest {

  @Test
  void leadingDirectivesAreRecognisedWithNameValueAndRanges() {
    String text = "# syntax=docker/dockerfile:1.7\n#  ESCAPE = `  \n# check=skip=JSONArgsRecommended;error=true\nFROM a\n";
    ParseResult r = parse(text);
    Dockerfile df = r.dockerfile();
    assertThat(df.directives()).extracting(Directive::name, Directive::value).containsExactly(
        org.assertj.core.groups.Tuple.tuple("syntax", "docker/dockerfile:1.7"),
        org.assertj.core.groups.Tuple.tuple("escape", "`"),
        org.assertj.core.groups.Tuple.tuple("check", "skip=JSONArgsRecommended;error=true"));
    Directive escape = df.directive("escape").orElseThrow();
    assertThat(at(text, escape.nameRange())).isEqualTo("ESCAPE");
    assertThat(at(text, escape.valueRange())).isEqualTo("`");
    assertThat(escape.range().start()).isEqualTo(new Position(31, 2, 1));
    assertThat(df.escapeChar()).isEqualTo('`');
  }

  @Test
  void backtickEscapeMakesBacktickTheContinuationCharacter() {
    String text = "# escape=`\nFROM w\nRUN dir c:\\ `\n  /b\nRUN echo \\\nUSER x\n";
    var all = instructions(text);
    assertThat(all).hasSize(4);
    assertThat(all.get(1).logicalLine()).isEqualTo("RUN dir c:\\   /b");
    assertThat(all.get(2).logicalLine()).isEqualTo("RUN echo \\");
  }

  @Test
  void directivesStopAtTheFirstOtherLine() {
    // a plain comment, a blank line or an unknown key ends the leading block for good
    assertThat(parse("# hello\n# escape=`\nFROM a\n").dockerfile().directives()).isEmpty();
    assertThat(parse("\n# escape=`\nFROM a\n").dockerfile().directives()).isEmpty();
    assertThat(parse("# foo=bar\n# syntax=x\nFROM a\n").dockerfile().directives()).isEmpty();
    ParseResult late = parse("FROM a\n# escape=`\nRUN x \\\n y\n");
    assertThat(late.dockerfile().directives()).isEmpty();
    assertThat(late.dockerfile().escapeChar()).isEqualTo('\\');
    assertThat(late.dockerfile().nodes().get(1)).isInstanceOf(Comment.class);
  }

  @Test
  void indentedDirectiveStillCounts() {
    assertThat(parse("   # escape=`\nFROM a\n").dockerfile().escapeChar()).isEqualTo('`');
  }

  @Test
  void repeatedDirectiveIsAPositionedError() {
    ParseResult r = parse("# syntax=a\n# Syntax=b\nFROM x\n");
    Diagnostic e = r.firstError().orElseThrow();
    assertThat(e.message()).isEqualTo("only one syntax parser directive can be used");
    assertThat(e.code()).isEqualTo(Diagnostic.DUPLICATE_DIRECTIVE);
    assertThat(e.range().start().line()).isEqualTo(2);
    assertThat(r.dockerfile().directive("syntax").orElseThrow().value()).isEqualTo("a");
  }

  @Test
  void invalidEscapeIsAPositionedError() {
    ParseResult r = parse("# escape=x\nFROM a\n");
    Diagnostic e = r.firstError().orElseThrow();
    assertThat(e.message()).isEqualTo("invalid escape token 'x' does not match ` or \\");
    assertThat(e.format("Dockerfile")).startsWith("Dockerfile:1:1: invalid escape token");
    assertThat(r.dockerfile().escapeChar()).isEqualTo('\\');
  }

  @Test
  void blankValueIsItsLastBlankAsInBuildkit() {
    // BuildKit's regex (.+?)\s*$ takes one trailing blank when there is nothing else
    ParseResult r = parse("# escape=  \nFROM a\n");
    assertThat(r.firstError().orElseThrow().message()).isEqualTo("invalid escape token ' ' does not match ` or \\");
  }

  @Test
  void detectSyntaxAcceptsHashSlashAndJsonForms() {
    assertThat(Directives.detectSyntax("#!/bin/sh\n# syntax = foo/bar:1 --opt\nFROM a"))
        .contains(new Directives.Found("foo/bar:1", "foo/bar:1 --opt", 2));
    assertThat(Directives.detectSyntax("// syntax=x\nFROM a")).map(Directives.Found::ref).contains("x");
    assertThat(Directives.detectSyntax("{\"syntax\": \"j\", \"a\": [1, {}]}")).map(Directives.Found::ref).contains("j");
    assertThat(Directives.detectSyntax("FROM a\n# syntax=x")).isEmpty();
    assertThat(Directives.find("check", "// check=skip=all")).isEmpty();
    assertThat(Directives.find("check", "\uFEFF# check=skip=all\n")).map(Directives.Found::cmdline).contains("skip=all");
  }
}
