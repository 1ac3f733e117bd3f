package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * jxlint saw the words of an indicator table (三级指标, 指标值) but read no indicator rows: its own
 * failure to read, reported as such so that nobody blames the submitter for an empty table.
 */
@LintRule(
    id = "reading-unrecognized-table",
    name = "指标表没有读出来",
    severity = Severity.WARNING,
    category = Category.READING,
    summary = "文件里有指标表的表头文字，但 jxlint 没能读出指标行；这是读取的问题，不是填报的问题。")
public final class ReadingUnrecognizedTableCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (ReadingNote note : submission.readingNotes()) {
      if (ReadingNote.UNRECOGNIZED_TABLE.equals(note.kind())) {
        context.report("table").evidence(note.subject()).at(note.location())
            .args(note.subject()).emit();
      }
    }
  }
}
