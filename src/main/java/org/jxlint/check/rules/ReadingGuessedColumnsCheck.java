package org.jxlint.check.rules;

import java.util.Locale;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * Columns whose role jxlint took from what they hold, not from their header (a header it did not
 * know, or one its cells contradict), and tables read without a header at all: worth a look before
 * trusting the findings on them.
 */
@LintRule(
    id = "reading-guessed-columns",
    name = "按内容认列",
    severity = Severity.INFO,
    category = Category.READING,
    summary = "表头没有说明某列的用途（或与内容不符），jxlint 按这一列的内容认定了它的用途。")
public final class ReadingGuessedColumnsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (ReadingNote note : submission.readingNotes()) {
      if (ReadingNote.GUESSED_COLUMN.equals(note.kind())) {
        context.report("column").evidence(note.subject()).at(note.location())
            .args(note.subject(), CheckContext.term("role." + role(note))).emit();
      } else if (ReadingNote.GUESSED_HEADER.equals(note.kind())) {
        context.report("header").evidence(note.subject()).at(note.location())
            .args(note.subject()).emit();
      }
    }
  }

  private static String role(ReadingNote note) {
    return note.detail() == null || note.detail().isBlank() ? "unknown"
        : note.detail().toLowerCase(Locale.ROOT);
  }
}
