package org.jxlint.cli;

/** jxlint's exit codes; never a count. */
public final class ExitCode {
  /** The gate passed. */
  public static final int PASSED = 0;
  /** The gate failed: findings at or above --fail-on, or a file that could not be read. */
  public static final int FAILED = 1;
  /** Usage or configuration error: nothing was checked. */
  public static final int USAGE = 2;
  /** jxlint itself broke (or could not read a table); please report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}

  /**
   * How a check run ends: 3 when jxlint itself broke on a file (a check or reader that threw,
   * whatever {@code --fail-on} says) or left a table unread (unless {@code --fail-on never});
   * 0 once a baseline is written; else the gate's answer.
   */
  static int of(org.jxlint.report.Summary s, org.jxlint.report.Gate gate,
      boolean baselineWritten) {
    if (s.internalErrors() > 0) {
      return INTERNAL;
    }
    if (baselineWritten) {
      return PASSED; // writing the baseline accepts today's findings
    }
    if (gate.failOn() != org.jxlint.report.FailOn.NEVER && s.unchecked() > 0) {
      return INTERNAL; // a table jxlint could not read: the run is not complete
    }
    return gate.passed(s) ? PASSED : FAILED;
  }
}
