package dev.dockwright.verify.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dockwright.verify.CheckResult;
import dev.dockwright.verify.VerifyReport;
import java.util.Locale;

/** Machine-readable report: every check with status, measured, expected and detail. */
final class JsonReport implements ReportFormat.Renderer {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(VerifyReport r) {
    ObjectNode root = JSON.createObjectNode();
    root.put("subject", r.subject());
    root.put("engine", r.engine());
    root.put("passed", r.passed());
    root.put("durationMs", r.duration().toMillis());
    ObjectNode summary = root.putObject("summary");
    for (CheckResult.Status s : CheckResult.Status.values()) {
      summary.put(s.name().toLowerCase(Locale.ROOT), r.count(s));
    }
    ObjectNode measurements = root.putObject("measurements");
    r.measurements().forEach(measurements::put);
    ArrayNode checks = root.putArray("checks");
    for (CheckResult c : r.checks()) {
      ObjectNode n = checks.addObject();
      n.put("id", c.id());
      n.put("title", c.title());
      n.put("status", c.status().name().toLowerCase(Locale.ROOT));
      n.put("measured", c.measured());
      n.put("expected", c.expected());
      n.put("detail", c.detail());
    }
    ArrayNode logs = root.putArray("logs");
    r.logs().forEach(logs::add);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
