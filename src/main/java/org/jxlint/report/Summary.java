package org.jxlint.report;

import org.jxlint.check.RuleMeta;
import org.jxlint.check.Severity;

/** Totals over a run, accumulated one file at a time so no file needs to be kept. */
public final class Summary {

  private int files;
  private int unreadable;
  private long errors;
  private long warnings;
  private long infos;
  private long waived;
  private long known;
  private int unchecked;
  private int skipped;
  private int internalErrors;
  private final java.util.List<String> stale = new java.util.ArrayList<>();

  public void add(FileReport report) {
    files++;
    if (report.unreadable()) {
      unreadable++;
    }
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
    infos += report.count(Severity.INFO);
    waived += report.waived();
    known += report.known();
    if (report.findings().stream().anyMatch(f -> f.active() && UNREAD_RULE.equals(f.rule()))) {
      unchecked++;
    }
    if (CRASH_REASON.equals(report.reasonKey()) || report.findings().stream()
        .anyMatch(f -> RuleMeta.INTERNAL_ERROR.id().equals(f.rule()))) {
      internalErrors++;
    }
  }

  /** The reason a file is unreadable when its reader broke (jxlint's fault, not the file's). */
  public static final String CRASH_REASON = "unreadable.crash";

  /**
   * Files where jxlint itself broke: a check that crashed (an internal-error finding) or a reader
   * that threw. The run is not complete (exit code 3), whatever the gate says.
   */
  public int internalErrors() {
    return internalErrors;
  }

  /** The rule whose finding means a file's indicator table went unread. */
  public static final String UNREAD_RULE = "reading-unrecognized-table";

  /**
   * Files with an indicator table jxlint could not read (an active reading-unrecognized-table):
   * they were not fully checked, which is jxlint's failure (exit code 3), not the submitter's.
   */
  public int unchecked() {
    return unchecked;
  }

  /** Findings waived by suppressions, counted apart from the gate. */
  public long waived() {
    return waived;
  }

  /** Findings the baseline already records. */
  public long known() {
    return known;
  }

  /** Baseline entries that no longer occur (fixed since), as “file · rule · indicator”. */
  public java.util.List<String> stale() {
    return java.util.List.copyOf(stale);
  }

  public void addStale(java.util.List<String> entries) {
    stale.addAll(entries);
  }

  /** Files a folder walk passed over: not submissions (hidden, lock files, other types). */
  public int skipped() {
    return skipped;
  }

  public void addSkipped(int count) {
    skipped += count;
  }

  public int files() {
    return files;
  }

  public int unreadable() {
    return unreadable;
  }

  public long errors() {
    return errors;
  }

  public long warnings() {
    return warnings;
  }

  public long infos() {
    return infos;
  }
}
