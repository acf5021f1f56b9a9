package dev.dockwright.cli;

/** Process exit codes shared by every command. */
public final class ExitCode {
  /** Clean: no finding at or above the threshold, every check passed. */
  public static final int OK = 0;
  /** Findings at or above the failure threshold, or a verify check failed. */
  public static final int FINDINGS = 1;
  /** Usage or input error: bad flag, missing file, unparsable input, invalid config, no engine. */
  public static final int USAGE = 2;
  /** A bug in dockwright. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
