package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.lint.Dockwright;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, as code-scanning services (GitHub, GitLab, Azure DevOps) read it: one run, the
 * rules referenced by the results in {@code tool.driver.rules} (id, name, descriptions, help,
 * default level), and per result its {@code ruleId}, {@code ruleIndex}, {@code level}, message
 * and a physical location whose URI is the file path as given. Regions use SARIF's convention:
 * 1-based lines and columns, end column just after the last character. Levels: error and warning
 * map to themselves, info and style to {@code note}.
 */
final class SarifReport implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final RuleRegistry registry;

  SarifReport(RuleRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    for (LintResult result : results) {
      for (Finding f : result.all()) {
        ruleIndex.putIfAbsent(f.code(), ruleIndex.size());
      }
    }
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      writeTool(json, ruleIndex);
      json.writeArrayFieldStart("artifacts");
      for (LintResult result : results) {
        json.writeStartObject();
        json.writeObjectFieldStart("location");
        json.writeStringField("uri", uri(result.file().name()));
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("results");
      for (LintResult result : results) {
        for (Finding f : result.all()) {
          writeResult(json, f, ruleIndex.get(f.code()));
        }
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private void writeTool(JsonGenerator json, Map<String, Integer> ruleIndex) throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "dockwright");
    json.writeStringField("version", Dockwright.version());
    json.writeStringField("informationUri", Dockwright.HOMEPAGE);
    json.writeArrayFieldStart("rules");
    for (String code : ruleIndex.keySet()) {
      RuleInfo info = registry.info(code);
      json.writeStartObject();
      json.writeStringField("id", info.code());
      json.writeStringField("name", info.name());
      json.writeObjectFieldStart("shortDescription");
      json.writeStringField("text", info.summary());
      json.writeEndObject();
      json.writeObjectFieldStart("fullDescription");
      json.writeStringField("text", info.rationale().isEmpty() ? info.summary() : info.rationale());
      json.writeEndObject();
      json.writeObjectFieldStart("help");
      json.writeStringField("text", helpText(info));
      json.writeStringField("markdown", helpMarkdown(info));
      json.writeEndObject();
      json.writeStringField("helpUri", info.url());
      json.writeObjectFieldStart("defaultConfiguration");
      json.writeStringField("level", level(info.defaultSeverity()));
      json.writeEndObject();
      json.writeObjectFieldStart("properties");
      json.writeArrayFieldStart("tags");
      json.writeString(info.origin().id());
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Finding f, int index) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.code());
    json.writeNumberField("ruleIndex", index);
    json.writeStringField("level", level(f.severity()));
    json.writeObjectFieldStart("message");
    json.writeStringField("text", f.message());
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(f.file()));
    json.writeEndObject();
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", f.line());
    json.writeNumberField("startColumn", f.column());
    json.writeNumberField("endLine", f.range().end().line());
    json.writeNumberField("endColumn", f.range().end().column());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, STYLE -> "note";
      case OFF -> "none";
    };
  }

  private static String helpText(RuleInfo info) {
    StringBuilder b = new StringBuilder(info.summary());
    if (!info.rationale().isEmpty()) {
      b.append("\n\n").append(info.rationale());
    }
    if (!info.fix().isEmpty()) {
      b.append("\n\nFix: ").append(info.fix());
    }
    return b.append("\n\nDocumentation: ").append(info.url()).toString();
  }

  private static String helpMarkdown(RuleInfo info) {
    StringBuilder b = new StringBuilder("**").append(info.summary()).append("**");
    if (!info.rationale().isEmpty()) {
      b.append("\n\n").append(info.rationale());
    }
    String lang = info.files() == dev.dockwright.lint.FileKind.COMPOSE ? "yaml" : "dockerfile";
    if (!info.bad().isEmpty()) {
      b.append("\n\nBad:\n\n```").append(lang).append("\n").append(info.bad().stripTrailing()).append("\n```");
    }
    if (!info.good().isEmpty()) {
      b.append("\n\nGood:\n\n```").append(lang).append("\n").append(info.good().stripTrailing()).append("\n```");
    }
    if (!info.fix().isEmpty()) {
      b.append("\n\nFix: ").append(info.fix());
    }
    return b.append("\n\n[Documentation](").append(info.url()).append(")").toString();
  }

  /**
   * The path as given, as a URI reference: unchanged for ordinary paths; characters a URI cannot
   * hold (spaces, {@code %}, {@code #}, {@code ?}, non-ASCII) percent-encoded, backslashes as
   * slashes.
   */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/@!$&'()*+,;=".indexOf(c) >= 0;
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }
}
