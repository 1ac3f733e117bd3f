package org.jxlint.report;

import org.jxlint.check.Severity;

/** Totals over a run, accumulated one file at a time so no file needs to be kept. */
public final class Summary {

  private int files;
  private int unreadable;
  private long errors;
  private long warnings;
  private long infos;

  public void add(FileReport report) {
    files++;
    if (report.unreadable()) {
      unreadable++;
    }
    errors += report.count(Severity.ERROR);
    warnings += report.count(Severity.WARNING);
    infos += report.count(Severity.INFO);
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
