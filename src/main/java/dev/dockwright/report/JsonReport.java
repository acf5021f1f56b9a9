package dev.dockwright.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dockwright.lint.Dockwright;
import dev.dockwright.lint.Finding;
import dev.dockwright.lint.Fix;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.Severity;
import dev.dockwright.lint.TextEdit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * dockwright's JSON report:
 *
 * <pre>
 * {
 *   "tool": "dockwright", "version": "0.1.0",
 *   "files": ["Dockerfile"],
 *   "findings": [{
 *     "file": "Dockerfile", "line": 3, "column": 1, "endLine": 3, "endColumn": 29,
 *     "code": "DL3008", "name": "AptGetPinVersions", "origin": "hadolint",
 *     "severity": "warning", "message": "...", "url": "...",
 *     "fix": {"title": "...", "safe": true,
 *             "edits": [{"start": 40, "end": 44, "replacement": "curl=8.5.0-2"}]}
 *   }],
 *   "summary": {"error": 0, "warning": 1, "info": 0, "style": 0}
 * }
 * </pre>
 *
 * Lines and columns are 1-based, the end exclusive; edit offsets are 0-based UTF-16 indexes into
 * the file's text. Findings with code {@code DL1000} are files that could not be parsed.
 */
final class JsonReport implements Reporter {

  private final RuleRegistry registry;

  JsonReport(RuleRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void write(List<LintResult> results, PrintWriter out) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    try (JsonGenerator json = Json.generator(out)) {
      json.writeStartObject();
      json.writeStringField("tool", "dockwright");
      json.writeStringField("version", Dockwright.version());
      json.writeArrayFieldStart("files");
      for (LintResult result : results) {
        json.writeString(result.file().name());
      }
      json.writeEndArray();
      json.writeArrayFieldStart("findings");
      for (LintResult result : results) {
        for (Finding f : result.all()) {
          counts.merge(f.severity(), 1, Integer::sum);
          writeFinding(json, f);
        }
      }
      json.writeEndArray();
      json.writeObjectFieldStart("summary");
      for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO, Severity.STYLE)) {
        json.writeNumberField(s.id(), counts.getOrDefault(s, 0));
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
    out.flush();
  }

  private void writeFinding(JsonGenerator json, Finding f) throws IOException {
    RuleInfo info = registry.info(f.code());
    json.writeStartObject();
    json.writeStringField("file", f.file());
    json.writeNumberField("line", f.line());
    json.writeNumberField("column", f.column());
    json.writeNumberField("endLine", f.range().end().line());
    json.writeNumberField("endColumn", f.range().end().column());
    json.writeStringField("code", f.code());
    json.writeStringField("name", info.name());
    json.writeStringField("origin", info.origin().id());
    json.writeStringField("severity", f.severity().id());
    json.writeStringField("message", f.message());
    json.writeStringField("url", info.url());
    if (f.fix().isPresent()) {
      Fix fix = f.fix().get();
      json.writeObjectFieldStart("fix");
      json.writeStringField("title", fix.title());
      json.writeBooleanField("safe", fix.safe());
      json.writeArrayFieldStart("edits");
      for (TextEdit edit : fix.edits()) {
        json.writeStartObject();
        json.writeNumberField("start", edit.start());
        json.writeNumberField("end", edit.end());
        json.writeStringField("replacement", edit.replacement());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}
