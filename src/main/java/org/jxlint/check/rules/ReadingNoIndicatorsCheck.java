package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;

/**
 * Text was read but not one indicator: a table without ruling lines in a PDF, a table as a
 * picture, or a form that has none. Nobody can tell which without looking, so it must not pass.
 */
@LintRule(
    id = "reading-no-indicators",
    name = "读出了文字，没有读出指标",
    severity = Severity.ERROR,
    category = Category.READING,
    summary = "文件里读到了文字段落，却没有读出任何绩效指标；不经人工审核不能通过。")
public final class ReadingNoIndicatorsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    boolean indicators = submission.tables().stream().anyMatch(t -> !t.indicators().isEmpty());
    // No text at all is empty-value's “no indicators”; a table seen but not read is
    // reading-unrecognized-table's: one cause, one finding.
    boolean unread = submission.readingNotes().stream()
        .anyMatch(n -> ReadingNote.UNRECOGNIZED_TABLE.equals(n.kind()));
    if (indicators || unread || submission.sections().isEmpty()) {
      return;
    }
    Section first = submission.sections().get(0);
    String opening = excerpt(first.heading() == null || first.heading().isBlank() ? first.text()
        : first.heading());
    context.report("text-only").evidence(opening).at(first.location())
        .args(String.valueOf(submission.sections().size()), opening).emit();
  }

  private static String excerpt(String text) {
    String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
    return t.length() <= 30 ? t : t.substring(0, 30) + "…";
  }
}
