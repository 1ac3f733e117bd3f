package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * A hidden worksheet: read when the visible sheets hold no table (a table kept only there must
 * not be missed, and whoever reviews the workbook in Excel will not see it without being told),
 * else left unread — and said either way.
 */
@LintRule(
    id = "reading-hidden-sheet",
    name = "隐藏的工作表",
    severity = Severity.INFO,
    category = Category.READING,
    summary = "工作簿里有隐藏的工作表：指标表只在隐藏的表里时照样读取、检查，否则只读可见的表；两种情况都说明。")
public final class ReadingHiddenSheetCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (ReadingNote note : submission.readingNotes()) {
      String variant = switch (note.kind()) {
        case ReadingNote.HIDDEN_SHEET -> "sheet";
        case ReadingNote.HIDDEN_SHEET_UNREAD -> "unread";
        default -> null;
      };
      if (variant != null) {
        context.report(variant).evidence(note.subject()).at(note.location())
            .args(note.subject()).emit();
      }
    }
  }
}
