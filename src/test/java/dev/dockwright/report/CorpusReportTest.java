package dev.dockwright.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.LintResult;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.RuleRegistry;
import dev.dockwright.lint.SourceFile;
import dev.dockwright.lint.config.LintConfig;
import dev.dockwright.lint.demo.DemoArgDescription;
import dev.dockwright.lint.demo.DemoLatestTag;
import dev.dockwright.lint.demo.DemoMaintainer;
import dev.dockwright.testsupport.SharedData;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/**
 * The engine and every report over the real-world Dockerfiles of {@code ../shared/corpus}: no
 * crash, no internal error, every JSON/SARIF/XML document well-formed. (Skipped without the data.)
 */
class CorpusReportTest {

  @Test
  void everyCorpusFileLintsAndReportsCleanly() throws Exception {
    Path dir = SharedData.require("corpus/dockerfiles");
    RuleRegistry registry = RuleRegistry.of(new DemoLatestTag(), new DemoMaintainer(),
        new DemoArgDescription());
    Linter linter = new Linter(registry);
    LintConfig config = LintConfig.DEFAULTS.withSeverity("DemoArgDescription",
        dev.dockwright.lint.Severity.INFO);
    List<LintResult> results = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        results.add(linter.lint(SourceFile.read(file, file.getFileName().toString()), config,
            LintOptions.DEFAULT));
      }
    }
    assertThat(results).allSatisfy(r -> assertThat(r.internalErrors()).isEmpty());
    long findings = results.stream().mapToLong(r -> r.all().size()).sum();
    System.out.printf("corpus lint: %d files, %d demo findings, %d unparsable%n", results.size(),
        findings, results.stream().filter(r -> !r.inputErrors().isEmpty()).count());
    assertThat(findings).isPositive();

    ObjectMapper json = new ObjectMapper();
    var xml = DocumentBuilderFactory.newInstance();
    for (ReportFormat format : ReportFormat.values()) {
      StringWriter out = new StringWriter();
      format.reporter(registry, true).write(results, new PrintWriter(out));
      String text = out.toString();
      switch (format) {
        case JSON -> assertThat(json.readTree(text).get("findings")).hasSize((int) findings);
        case SARIF -> ReportFormatTest.assertValidSarif(json.readTree(text));
        case CHECKSTYLE, JUNIT -> xml.newDocumentBuilder().parse(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        default -> assertThat(text).isNotEmpty();
      }
    }
  }
}
