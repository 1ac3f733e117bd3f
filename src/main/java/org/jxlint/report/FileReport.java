package org.jxlint.report;

import java.util.List;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;

/**
 * What jxlint has to say about one input file: its findings, or why it could not be read.
 *
 * @param path the path as the user gave it
 * @param layout the layout recognised; null when unreadable
 * @param reasonKey message key of the reason it is unreadable; null when it was read
 */
public record FileReport(
    String path,
    String layout,
    String unitName,
    Integer year,
    String reasonKey,
    List<String> reasonArgs,
    List<Finding> findings) {

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
