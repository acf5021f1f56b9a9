package dev.dockwright.verify.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.VerifyReport;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class ReportFormatTest {
  static VerifyReport report() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("image size", "194.4 MB");
    m.put("time to ready", "1.6s");
    return new VerifyReport("app:1 <test> & co", "Docker 20.10.24 (API 1.41) at unix:///var/run/docker.sock", List.of(
        CheckResult.pass("image.size", "image size (uncompressed)", "194.4 MB uncompressed", "≤ 500.0 MB uncompressed"),
        CheckResult.fail("runtime.stop", "stops on SIGTERM within", "killed (SIGKILL) after 10.0s", "≤ 10s, no SIGKILL",
            "PID 1 did not exit on SIGTERM | use exec form"),
        CheckResult.skip("cst.license", "License Test", "not supported"),
        CheckResult.error("runtime.writable", "writable /data", "the container is not running")),
        List.of("listening on port 8000", "bad \u0001 control"), m, Duration.ofMillis(6200));
  }

  @Test
  void ttyIsAChecklistWithTheReasonUnderAFailure() {
    String out = ReportFormat.TTY.render(report());
    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).startsWith("verify app:1 <test> & co on Docker 20.10.24");
    assertThat(lines.get(1)).startsWith("  PASS image size (uncompressed)").contains("194.4 MB uncompressed").endsWith("≤ 500.0 MB uncompressed");
    assertThat(lines.get(2)).startsWith("  FAIL stops on SIGTERM within").contains("killed (SIGKILL) after 10.0s");
    assertThat(lines.get(3)).isEqualTo("         PID 1 did not exit on SIGTERM | use exec form");
    assertThat(lines.get(4)).startsWith("  SKIP License Test").endsWith("not supported");
    assertThat(lines.get(5)).startsWith("  ERR  writable /data");
    assertThat(out).contains("container output (last 2 lines):\n    | listening on port 8000\n");
    assertThat(lines.get(lines.size() - 1))
        .isEqualTo("FAILED: 1 passed, 2 failed, 1 skipped in 6.2s (image size 194.4 MB, time to ready 1.6s)");
  }

  @Test
  void ttyPutsTheLimitOfALongValueOnTheNextLineInItsColumn() {
    String command = "CMD python -c import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health')";
    VerifyReport r = new VerifyReport("app:1", "", List.of(
        CheckResult.pass("image.size", "image size (uncompressed)", "194.4 MB uncompressed", "≤ 500.0 MB uncompressed"),
        CheckResult.pass("image.healthcheck", "healthcheck defined", command, "defined, interval ≤ 30s")),
        List.of(), Map.of(), Duration.ofMillis(10));
    List<String> lines = ReportFormat.TTY.render(r).lines().toList();
    assertThat(lines.get(2)).endsWith(command);
    assertThat(lines.get(3).strip()).isEqualTo("defined, interval ≤ 30s");
    assertThat(lines.get(3).indexOf("defined")).isEqualTo(lines.get(1).indexOf("≤ 500.0 MB"));
  }

  @Test
  void jsonHasEveryCheckAndTheSummary() throws Exception {
    JsonNode j = new ObjectMapper().readTree(ReportFormat.JSON.render(report()));
    assertThat(j.get("passed").asBoolean()).isFalse();
    assertThat(j.get("summary").get("fail").asInt()).isEqualTo(1);
    assertThat(j.get("summary").get("error").asInt()).isEqualTo(1);
    assertThat(j.get("checks")).hasSize(4);
    assertThat(j.get("checks").get(1).get("status").asText()).isEqualTo("fail");
    assertThat(j.get("measurements").get("time to ready").asText()).isEqualTo("1.6s");
    assertThat(j.get("logs").get(0).asText()).isEqualTo("listening on port 8000");
  }

  @Test
  void junitIsWellFormedXmlWithFailuresErrorsAndSkips() throws Exception {
    String xml = ReportFormat.JUNIT.render(report());
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    Element root = doc.getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("4");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("runtime.stop");
    assertThat(failure.getTextContent()).isEqualTo("PID 1 did not exit on SIGTERM | use exec form");
    assertThat(((Element) doc.getElementsByTagName("testcase").item(0)).getAttribute("classname")).isEqualTo("dockwright.image");
    assertThat(doc.getElementsByTagName("system-out").item(0).getTextContent()).contains("bad  control");
  }

  @Test
  void markdownIsATableWithEscapedCellsAndTheFailures() {
    String md = ReportFormat.MARKDOWN.render(report());
    assertThat(md).startsWith("## dockwright verify: failed\n");
    assertThat(md).contains("| ❌ | stops on SIGTERM within | killed (SIGKILL) after 10.0s | ≤ 10s, no SIGKILL |");
    assertThat(md).contains("- **stops on SIGTERM within** (`runtime.stop`): PID 1 did not exit on SIGTERM \\| use exec form");
    assertThat(md).contains("<details><summary>Container output (last 2 lines)</summary>");
  }

  @Test
  void unknownFormatsAreRefused() {
    assertThat(ReportFormat.parse("JUnit")).isEqualTo(ReportFormat.JUNIT);
    assertThatThrownBy(() -> ReportFormat.parse("html")).hasMessageContaining("expected tty, json, junit or markdown");
  }
}
