package org.jxlint.cli;

/** jxlint's exit codes; never a count. */
public final class ExitCode {
  /** The gate passed. */
  public static final int PASSED = 0;
  /** The gate failed: findings at or above --fail-on, or a file that could not be read. */
  public static final int FAILED = 1;
  /** Usage or configuration error: nothing was checked. */
  public static final int USAGE = 2;
  /** jxlint itself broke; please report it. */
  public static final int INTERNAL = 3;

  private ExitCode() {}
}
