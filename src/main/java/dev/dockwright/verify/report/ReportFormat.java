package dev.dockwright.verify.report;

import dev.dockwright.verify.VerifyReport;
import java.util.Locale;

/** The report formats of verify; each renders a whole report as text. */
public enum ReportFormat {
  TTY(new TtyReport()),
  JSON(new JsonReport()),
  JUNIT(new JunitReport()),
  MARKDOWN(new MarkdownReport());

  private final Renderer renderer;

  ReportFormat(Renderer renderer) {
    this.renderer = renderer;
  }

  public String render(VerifyReport report) {
    return renderer.render(report);
  }

  /** tty, json, junit or markdown. */
  public static ReportFormat parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "tty", "text" -> TTY;
      case "json" -> JSON;
      case "junit", "xml" -> JUNIT;
      case "markdown", "md" -> MARKDOWN;
      default -> throw new IllegalArgumentException("expected tty, json, junit or markdown, got '" + s + "'");
    };
  }

  interface Renderer {
    String render(VerifyReport report);
  }
}
