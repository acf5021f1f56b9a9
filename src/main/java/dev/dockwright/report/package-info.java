/**
 * Lint results rendered for people and machines: {@code tty} (colours, code frames), {@code json},
 * {@code sarif} (SARIF 2.1.0 for code-scanning services), {@code checkstyle} and {@code junit}
 * (CI dashboards), {@code gnu} (editors' error parsers) and {@code github} (workflow annotations).
 * Pick one with {@link dev.dockwright.report.ReportFormat}.
 */
package dev.dockwright.report;
