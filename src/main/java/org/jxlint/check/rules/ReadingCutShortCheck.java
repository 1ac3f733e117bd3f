package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * The file stops partway: inside the last row of a table (a copy cut off, a page not stored),
 * where jxlint left that row out rather than call its missing value the unit's blank; or a PDF
 * without its end, read as far as it goes. Either way it says so.
 */
@LintRule(
    id = "reading-cut-short",
    name = "文件在中途结束",
    severity = Severity.ERROR,
    category = Category.READING,
    summary = "文件在中途结束（在指标表的最后一行中途、在一个字的中途，或 PDF 缺了结尾），没有读全；文件不完整，关卡不通过，但不当作单位漏填。")
public final class ReadingCutShortCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (ReadingNote note : submission.readingNotes()) {
      if (ReadingNote.CUT_SHORT.equals(note.kind())) {
        context.report("row").evidence(note.subject()).at(note.location()).args(note.subject())
            .emit();
      } else if (ReadingNote.FILE_CUT_SHORT.equals(note.kind())) {
        context.report("file").evidence("").args(note.detail()).emit();
      }
    }
  }
}
