package dev.dockwright.verify;

import java.util.Objects;

/**
 * The outcome of one acceptance check, as shown in every verify report: one line per check with
 * what was measured against what was required.
 *
 * @param id stable machine id, e.g. {@code image.size}, {@code runtime.healthy-within}
 * @param title human title, e.g. "image size"
 * @param status pass, fail, skipped (not applicable / not requested) or error (could not be run)
 * @param measured what was observed, e.g. "182.4 MB", "uid 10001 (app)"; secrets are redacted
 * @param expected the limit or expectation, e.g. "≤ 500 MB", "non-root"; empty when none
 * @param detail why it failed or extra context (log excerpt, offending file); empty when none
 */
public record CheckResult(
    String id, String title, Status status, String measured, String expected, String detail) {

  public enum Status { PASS, FAIL, SKIP, ERROR }

  public CheckResult {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(status);
    measured = measured == null ? "" : measured;
    expected = expected == null ? "" : expected;
    detail = detail == null ? "" : detail;
  }

  public static CheckResult pass(String id, String title, String measured, String expected) {
    return new CheckResult(id, title, Status.PASS, measured, expected, "");
  }

  public static CheckResult fail(
      String id, String title, String measured, String expected, String detail) {
    return new CheckResult(id, title, Status.FAIL, measured, expected, detail);
  }

  public static CheckResult skip(String id, String title, String why) {
    return new CheckResult(id, title, Status.SKIP, "", "", why);
  }

  public static CheckResult error(String id, String title, String why) {
    return new CheckResult(id, title, Status.ERROR, "", "", why);
  }

  public boolean failed() {
    return status == Status.FAIL || status == Status.ERROR;
  }
}
