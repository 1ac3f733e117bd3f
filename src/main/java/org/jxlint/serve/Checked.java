package org.jxlint.serve;

import org.jxlint.report.FileReport;

/**
 * One uploaded file once checked, held in memory only.
 *
 * @param report its report, null when the file was refused or skipped
 * @param refusal why it was not checked (a message, already in the upload's language); null if
 *     it was
 * @param skipped whether it was passed over in a dropped folder rather than refused
 * @param annotated the unit's own file with the review in comments; null when none was made
 * @param annotatedName the annotated copy's name ({@code 表.审核.docx})
 */
record Checked(String name, FileReport report, String refusal, boolean skipped, byte[] annotated,
    String annotatedName) {

  static Checked refused(String name, String why) {
    return new Checked(name, null, why, false, null, null);
  }

  static Checked skipped(String name, String why) {
    return new Checked(name, null, why, true, null, null);
  }

  static Checked of(String name, FileReport report, byte[] annotated, String annotatedName) {
    return new Checked(name, report, null, false, annotated, annotatedName);
  }
}
