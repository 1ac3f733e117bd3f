package org.jxlint.report;

import java.util.ArrayList;
import java.util.List;

/** The gate: which findings make a run fail (exit code 1). */
public enum FailOn {
  ERROR,
  WARNING,
  NEVER;

  /**
   * The reasons the gate fails for this summary, as message keys; empty when it passes. A file that
   * could not be read fails the gate like an error: an upload nobody could check is not approved.
   */
  public List<String> failures(Summary s) {
    List<String> reasons = new ArrayList<>();
    if (s.internalErrors() > 0) {
      reasons.add("report.gate.reason.internal"); // jxlint's failure: said even with never
    }
    if (this == NEVER) {
      return reasons;
    }
    if (this == ERROR && s.errors() > 0) {
      reasons.add("report.gate.reason.error");
    }
    if (this == WARNING && s.errors() + s.warnings() > 0) {
      reasons.add("report.gate.reason.warning");
    }
    if (s.unreadable() > 0) {
      reasons.add("report.gate.reason.unreadable");
    }
    if (s.unchecked() > 0) {
      reasons.add("report.gate.reason.unchecked");
    }
    return reasons;
  }

  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
