package dev.dockwright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.lint.demo.DemoMaintainer;
import dev.dockwright.syntax.DockerfileParser;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format over the same two files: one with findings (one with a fix), one clean. */
class ReportFormatTest {

  private static final RuleRegistry REGISTRY =
      RuleRegistry.of(new DemoLatestTag(), new DemoMaintainer());

  static final String FLAWED = """
      FROM python:latest AS build
      MAINTAINER Jane <j@example.org>
      RUN echo hi
      """;

  private static List<LintResult> results() {
    return List.of(lint("app/Dockerfile", FLAWED), lint("clean.Dockerfile", "FROM alpine:3.20\n"));
  }

  static LintResult lint(String name, String text) {
    return new Linter(REGISTRY).lint(SourceFile.of(name, text),
        DockerfileParser.parse(name, text), LintConfig.DEFAULTS, LintOptions.DEFAULT);
  }

  private static String render(ReportFormat format, List<LintResult> results, boolean color) {
    StringWriter out = new StringWriter();
    format.reporter(REGISTRY, color).write(results, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void gnu() {
    assertThat(render(ReportFormat.GNU, results(), false)).isEqualTo("""
        app/Dockerfile:1:6: warning: Pin python:latest to a version. [DW9001]
        app/Dockerfile:2:1: warning: Maintainer instruction is deprecated. [DemoMaintainer]
        """);
  }

  @Test
  void github() {
    assertThat(render(ReportFormat.GITHUB, results(), false)).isEqualTo("""
        ::warning file=app/Dockerfile,line=1,col=6,endLine=1,endColumn=19,title=DW9001::\
        Pin python:latest to a version.
        ::warning file=app/Dockerfile,line=2,col=1,endLine=2,endColumn=32,title=DemoMaintainer::\
        Maintainer instruction is deprecated.
        """);
    assertThat(GithubReport.data("50% done\nnext")).isEqualTo("50%25 done%0Anext");
    assertThat(GithubReport.property("a,b:c")).isEqualTo("a%2Cb%3Ac");
  }

  @Test
  void json() throws Exception {
    JsonNode root = new ObjectMapper().readTree(render(ReportFormat.JSON, results(), false));
    assertThat(root.get("tool").asText()).isEqualTo("dockwright");
    assertThat(root.get("files")).hasSize(2);
    assertThat(root.get("files").get(1).asText()).isEqualTo("clean.Dockerfile");
    JsonNode findings = root.get("findings");
    assertThat(findings).hasSize(2);
    JsonNode first = findings.get(0);
    assertThat(first.get("file").asText()).isEqualTo("app/Dockerfile");
    assertThat(first.get("line").asInt()).isEqualTo(1);
    assertThat(first.get("column").asInt()).isEqualTo(6);
    assertThat(first.get("endLine").asInt()).isEqualTo(1);
    assertThat(first.get("endColumn").asInt()).isEqualTo(19);
    assertThat(first.get("code").asText()).isEqualTo("DW9001");
    assertThat(first.get("name").asText()).isEqualTo("DemoLatestTag");
    assertThat(first.get("origin").asText()).isEqualTo("dockwright");
    assertThat(first.get("severity").asText()).isEqualTo("warning");
    assertThat(first.has("fix")).isFalse();
    JsonNode fix = findings.get(1).get("fix");
    assertThat(fix.get("safe").asBoolean()).isTrue();
    JsonNode edit = fix.get("edits").get(0);
    assertThat(FLAWED.substring(edit.get("start").asInt(), edit.get("end").asInt()))
        .isEqualTo("MAINTAINER Jane <j@example.org>");
    assertThat(edit.get("replacement").asText()).startsWith("LABEL ");
    assertThat(root.get("summary").get("warning").asInt()).isEqualTo(2);
    assertThat(root.get("summary").get("error").asInt()).isZero();
  }

  @Test
  void sarif() throws Exception {
    JsonNode root = new ObjectMapper().readTree(render(ReportFormat.SARIF, results(), false));
    assertValidSarif(root);
    assertThat(root.get("$schema").asText()).contains("sarif-2.1.0");
    JsonNode driver = root.get("runs").get(0).get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("dockwright");
    assertThat(driver.get("informationUri").asText()).startsWith("https://");
    JsonNode rules = driver.get("rules");
    assertThat(rules).hasSize(2);
    JsonNode maintainer = rules.get(1);
    assertThat(maintainer.get("id").asText()).isEqualTo("DemoMaintainer");
    assertThat(maintainer.get("name").asText()).isEqualTo("DemoMaintainer");
    assertThat(maintainer.get("shortDescription").get("text").asText())
        .isEqualTo("MAINTAINER is deprecated.");
    assertThat(maintainer.get("fullDescription").get("text").asText()).contains("deprecated");
    assertThat(maintainer.get("help").get("markdown").asText()).contains("```dockerfile");
    assertThat(maintainer.get("helpUri").asText())
        .isEqualTo("https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/");
    assertThat(maintainer.get("defaultConfiguration").get("level").asText()).isEqualTo("warning");

    JsonNode results = root.get("runs").get(0).get("results");
    assertThat(results).hasSize(2);
    JsonNode result = results.get(1);
    assertThat(result.get("ruleId").asText()).isEqualTo("DemoMaintainer");
    assertThat(result.get("ruleIndex").asInt()).isEqualTo(1);
    assertThat(result.get("level").asText()).isEqualTo("warning");
    assertThat(result.get("message").get("text").asText())
        .isEqualTo("Maintainer instruction is deprecated.");
    JsonNode location = result.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo("app/Dockerfile");
    JsonNode region = location.get("region");
    assertThat(List.of(region.get("startLine").asInt(), region.get("startColumn").asInt(),
        region.get("endLine").asInt(), region.get("endColumn").asInt()))
        .containsExactly(2, 1, 2, 32);
  }

  @Test
  void sarifUrisArePercentEncodedOnlyWhereNeeded() {
    assertThat(SarifReport.uri("app/Dockerfile")).isEqualTo("app/Dockerfile");
    assertThat(SarifReport.uri("my dir/Dockerfile.dev")).isEqualTo("my%20dir/Dockerfile.dev");
    assertThat(SarifReport.uri("c:\\x\\Dockerfile")).isEqualTo("c%3A/x/Dockerfile");
    assertThat(SarifReport.uri("ü/Dockerfile")).isEqualTo("%C3%BC/Dockerfile");
  }

  @Test
  void sarifWithoutFindingsIsStillValid() throws Exception {
    JsonNode root = new ObjectMapper().readTree(
        render(ReportFormat.SARIF, List.of(lint("Dockerfile", "FROM alpine:3\n")), false));
    assertValidSarif(root);
    assertThat(root.get("runs").get(0).get("results")).isEmpty();
  }

  /** The properties SARIF 2.1.0 requires and that code-scanning services reject files without. */
  static void assertValidSarif(JsonNode root) {
    assertThat(root.get("version").asText()).isEqualTo("2.1.0");
    assertThat(root.get("runs").isArray()).isTrue();
    for (JsonNode run : root.get("runs")) {
      JsonNode driver = run.get("tool").get("driver");
      assertThat(driver.get("name").isTextual()).isTrue();
      List<String> ids = new ArrayList<>();
      for (JsonNode rule : driver.path("rules")) {
        assertThat(rule.get("id").isTextual()).isTrue();
        assertThat(List.of("none", "note", "warning", "error"))
            .contains(rule.get("defaultConfiguration").get("level").asText());
        ids.add(rule.get("id").asText());
      }
      assertThat(ids).doesNotHaveDuplicates();
      for (JsonNode result : run.get("results")) {
        assertThat(result.get("message").get("text").isTextual()).isTrue();
        assertThat(List.of("none", "note", "warning", "error"))
            .contains(result.get("level").asText());
        assertThat(ids.get(result.get("ruleIndex").asInt()))
            .isEqualTo(result.get("ruleId").asText());
        JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
        int startLine = region.get("startLine").asInt();
        int endLine = region.get("endLine").asInt();
        assertThat(startLine).isPositive();
        assertThat(region.get("startColumn").asInt()).isPositive();
        assertThat(endLine).isGreaterThanOrEqualTo(startLine);
        if (endLine == startLine) {
          assertThat(region.get("endColumn").asInt())
              .isGreaterThanOrEqualTo(region.get("startColumn").asInt());
        }
      }
    }
  }

  @Test
  void checkstyle() throws Exception {
    Document doc = xml(render(ReportFormat.CHECKSTYLE, results(), false));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("checkstyle");
    NodeList files = root.getElementsByTagName("file");
    assertThat(files.getLength()).isEqualTo(2);
    Element app = (Element) files.item(0);
    assertThat(app.getAttribute("name")).isEqualTo("app/Dockerfile");
    NodeList errors = app.getElementsByTagName("error");
    assertThat(errors.getLength()).isEqualTo(2);
    Element error = (Element) errors.item(1);
    assertThat(error.getAttribute("line")).isEqualTo("2");
    assertThat(error.getAttribute("column")).isEqualTo("1");
    assertThat(error.getAttribute("severity")).isEqualTo("warning");
    assertThat(error.getAttribute("source")).isEqualTo("DemoMaintainer");
    assertThat(error.getAttribute("message")).isEqualTo("Maintainer instruction is deprecated.");
    assertThat(((Element) files.item(1)).getElementsByTagName("error").getLength()).isZero();
  }

  @Test
  void junit() throws Exception {
    Document doc = xml(render(ReportFormat.JUNIT, results(), false));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("3");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    NodeList suites = root.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    Element app = (Element) suites.item(0);
    assertThat(app.getAttribute("name")).isEqualTo("app/Dockerfile");
    assertThat(app.getAttribute("failures")).isEqualTo("2");
    Element failure = (Element) app.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("warning");
    assertThat(failure.getTextContent()).startsWith("app/Dockerfile:1:6 DW9001");
    Element clean = (Element) suites.item(1);
    assertThat(clean.getElementsByTagName("testcase").getLength()).isEqualTo(1);
    assertThat(clean.getElementsByTagName("failure").getLength()).isZero();
  }

  @Test
  void xmlStaysWellFormedWithControlCharactersInTheInput() throws Exception {
    List<LintResult> odd = List.of(lint("odd\u0001.Dockerfile", "FROM a\u0007b:latest\n"));
    for (ReportFormat format : List.of(ReportFormat.CHECKSTYLE, ReportFormat.JUNIT)) {
      Document doc = xml(render(format, odd, false));
      assertThat(doc.getDocumentElement().getTextContent() + attributes(doc)).contains("\uFFFD");
    }
  }

  @Test
  void ttyWithoutColourShowsCodeFramesAndSummary() {
    assertThat(render(ReportFormat.TTY, results(), false)).isEqualTo("""
        app/Dockerfile:1:6: warning DW9001 Pin python:latest to a version.
            1 | FROM python:latest AS build
              |      ^^^^^^^^^^^^^
            https://github.com/dockwright/dockwright/blob/main/docs/rules/DW9001.md
        app/Dockerfile:2:1: warning DemoMaintainer Maintainer instruction is deprecated.
            2 | MAINTAINER Jane <j@example.org>
              | ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
            fix: Use a label
            https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/
        2 problems (2 warnings) in 1 file; 1 with an automatic fix
        """);
  }

  @Test
  void ttyIsSilentWhenClean() {
    assertThat(render(ReportFormat.TTY, List.of(lint("Dockerfile", "FROM a:1\n")), false))
        .isEmpty();
  }

  @Test
  void ttyColoursOnlyWhenAsked() {
    String coloured = render(ReportFormat.TTY, results(), true);
    assertThat(coloured).contains("\033[33mwarning\033[0m").contains("\033[0m");
    assertThat(render(ReportFormat.TTY, results(), false)).doesNotContain("\033");
  }

  @Test
  void ttyFramesMultiLineRangesAndKeepsTabsAligned() {
    String text = "FROM alpine\nMAINTAINER a \\\n\tb\n";
    String out = render(ReportFormat.TTY, List.of(lint("Dockerfile", text)), false);
    assertThat(out).contains("""
            2 | MAINTAINER a \\
              | ^^^^^^^^^^^^^^
            3 | \tb
              | ^^
        """);
  }

  @Test
  void ttyNeutralisesTerminalEscapesFromTheFile() {
    assertThat(TtyReport.safe("a\033[31mb\tc")).isEqualTo("a?[31mb\tc");
  }

  @Test
  void parseErrorsAppearInEveryFormat() {
    LintResult broken = lint("bad/Dockerfile", "# nothing here\n");
    assertThat(broken.inputErrors()).isNotEmpty();
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(render(format, List.of(broken), false)).as(format.id()).contains("DL1000");
    }
  }

  @Test
  void formatNamesParse() {
    assertThat(ReportFormat.parse("SARIF")).contains(ReportFormat.SARIF);
    assertThat(ReportFormat.parse("xml")).isEmpty();
  }

  private static Document xml(String text) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String attributes(Document doc) {
    StringBuilder b = new StringBuilder();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      var attrs = all.item(i).getAttributes();
      for (int j = 0; j < attrs.getLength(); j++) {
        b.append(attrs.item(j).getNodeValue());
      }
    }
    return b.toString();
  }
}
