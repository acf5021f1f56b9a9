package dev.dockwright.lint;

import java.util.Locale;

/**
 * How much a finding matters, most severe first. {@link #OFF} only appears in configuration (a
 * rule switched off, a failure threshold that never fails); findings never carry it.
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  STYLE,
  OFF;

  /** The lower-case name used in configuration files, flags and reports. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is {@code threshold} or more severe; nothing reaches {@link #OFF}. */
  public boolean isAtLeast(Severity threshold) {
    return this != OFF && threshold != OFF && ordinal() <= threshold.ordinal();
  }

  /**
   * Parses a severity as written in configuration: {@code error warning info style}, and
   * {@code off ignore none} for {@link #OFF}. Case-insensitive; {@code null} when unknown.
   */
  public static Severity parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "error" -> ERROR;
      case "warning" -> WARNING;
      case "info" -> INFO;
      case "style" -> STYLE;
      case "off", "ignore", "none" -> OFF;
      default -> null;
    };
  }
}
