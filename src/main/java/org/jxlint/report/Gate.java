package org.jxlint.report;

import java.util.List;

/**
 * What makes a run fail (exit code 1): findings at or above {@code --fail-on}, more warnings than
 * {@code --max-warnings}, a file nobody could read. Waived findings and those the baseline already
 * records do not count.
 *
 * @param maxWarnings the most warnings a passing run may have; null for no limit
 */
public record Gate(FailOn failOn, Integer maxWarnings) {

  public static Gate of(FailOn failOn) {
    return new Gate(failOn, null);
  }

  /** The reasons the run fails, as message keys; empty when it passes. */
  public List<String> failures(Summary s) {
    List<String> reasons = new java.util.ArrayList<>(failOn.failures(s));
    if (maxWarnings != null && s.warnings() > maxWarnings && failOn != FailOn.NEVER) {
      reasons.add(0, "report.gate.reason.maxWarnings");
    }
    return reasons;
  }

  public boolean passed(Summary s) {
    return failures(s).isEmpty();
  }
}
