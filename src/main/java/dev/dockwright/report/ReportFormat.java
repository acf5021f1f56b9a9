package dev.dockwright.report;

import dev.dockwright.lint.RuleRegistry;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The output formats of {@code dockwright lint --format}. */
public enum ReportFormat {
  TTY,
  JSON,
  SARIF,
  CHECKSTYLE,
  JUNIT,
  GNU,
  GITHUB;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ReportFormat> parse(String text) {
    return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(text.strip())).findFirst();
  }

  /**
   * A reporter for this format. {@code registry} supplies rule names, docs and default levels;
   * {@code color} only matters for {@link #TTY}.
   */
  public Reporter reporter(RuleRegistry registry, boolean color) {
    return switch (this) {
      case TTY -> new TtyReport(registry, color);
      case JSON -> new JsonReport(registry);
      case SARIF -> new SarifReport(registry);
      case CHECKSTYLE -> new CheckstyleReport();
      case JUNIT -> new JunitReport();
      case GNU -> new GnuReport();
      case GITHUB -> new GithubReport();
    };
  }
}
