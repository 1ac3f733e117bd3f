package org.jxlint.report;

import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;

/**
 * What jxlint has to say about one input file: its findings, or why it could not be read.
 *
 * @param path the path as the user gave it
 * @param layout the layout recognised; null when unreadable
 * @param yearBasis where the budget year was taken from ({@code title}, {@code fund-years} …)
 * @param reasonKey message key of the reason it is unreadable; null when it was read
 * @param document what was read, for reports that draw the tables; null when unreadable
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
    List<Finding> findings,
    Submission document) implements java.io.Serializable {

  /** How much of a submission was read: indicator tables and rows, projects, prose sections. */
  /** @param proseIndicators how many of the indicators were read from sentences, not a table */
  public record Contents(int tables, int indicators, int projects, int sections,
      int proseIndicators) implements java.io.Serializable {

    public Contents(int tables, int indicators, int projects, int sections) {
      this(tables, indicators, projects, sections, 0);
    }
  }

  public FileReport {
    reasonArgs = List.copyOf(reasonArgs == null ? List.of() : reasonArgs);
    findings = List.copyOf(findings == null ? List.of() : findings);
  }

  /** The same report with other findings (waived, marked as known). */
  public FileReport withFindings(List<Finding> newFindings) {
    return new FileReport(path, layout, unitName, year, yearBasis, reasonKey, reasonArgs, contents,
        newFindings, document);
  }

  /** The same report without what was read, for reports that need only the findings. */
  public FileReport withoutDocument() {
    return new FileReport(path, layout, unitName, year, yearBasis, reasonKey, reasonArgs, contents,
        findings, null);
  }

  public boolean unreadable() {
    return reasonKey != null;
  }

  /** The stable code of the reason it is unreadable ({@link ReasonCode}); null when it was read. */
  public String reasonCode() {
    return ReasonCode.of(reasonKey);
  }

  public String status() {
    return unreadable() ? "unreadable" : "ok";
  }

  /** Active findings (not waived, not in the baseline) of this severity: what the gate counts. */
  public long count(Severity severity) {
    return findings.stream().filter(f -> f.active() && f.severity() == severity).count();
  }

  public long waived() {
    return findings.stream().filter(f -> f.waiver() != null).count();
  }

  public long known() {
    return findings.stream().filter(f -> f.waiver() == null && f.known()).count();
  }

  /** The quality grade A–D from weighted active findings; null when unreadable. */
  public Grade grade() {
    return unreadable() ? null : Grade.of(count(Severity.ERROR), count(Severity.WARNING),
        count(Severity.INFO));
  }
}
