package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * A table that reached jxlint flattened (one cell per line, as a web page or PDF copies) and was
 * rebuilt into rows from its header: the rows are jxlint's reconstruction, worth a look.
 */
@LintRule(
    id = "reading-reconstructed-cells",
    name = "单元格由文字重建",
    severity = Severity.INFO,
    category = Category.READING,
    summary = "指标表被复制成一格一行的文字，jxlint 按表头把各行重新拼了出来。")
public final class ReadingReconstructedCellsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (ReadingNote note : submission.readingNotes()) {
      if (ReadingNote.RECONSTRUCTED_CELLS.equals(note.kind())) {
        context.report("rows").evidence(note.subject()).at(note.location())
            .args(note.subject(), note.detail() == null ? "" : note.detail()).emit();
      }
    }
  }
}
