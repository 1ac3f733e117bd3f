package org.jxlint.report;

import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;

/**
 * What jxlint has to say about one input file: its findings, or why it could not be read.
 *
 * @param path the path as the user gave it
 * @param layout the layout recognised; null when unreadable
 * @param yearBasis where the budget year was taken from ({@code title}, {@code fund-years} …)
 * @param reasonKey message key of the reason it is unreadable; null when it was read
 * @param contents what was read from it, so the user can tell a misread file; null when unreadable
 */
public record FileReport(
    String path,
    String layout,
    String unitName,
    Integer year,
    String yearBasis,
    String reasonKey,
    List<String> reasonArgs,
    Contents contents,
    List<Finding> findings) {

  /** How much of a submission was read: indicator tables and rows, projects, prose sections. */
  public record Contents(int tables, int indicators, int projects, int sections) {}

  public FileReport {
    reasonArgs = List.copyOf(reasonArgs == null ? List.of() : reasonArgs);
    findings = List.copyOf(findings == null ? List.of() : findings);
  }

  public boolean unreadable() {
    return reasonKey != null;
  }

  public String status() {
    return unreadable() ? "unreadable" : "ok";
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
