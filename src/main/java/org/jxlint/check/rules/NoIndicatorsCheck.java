package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/** A file with no performance indicator: no indicator row, no written target section. */
@LintRule(
    id = "no-indicators",
    name = "没有绩效指标",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "整份文件没有任何绩效指标，也没有写绩效目标的段落。",
    aliases = BlankCells.ALIAS)
public final class NoIndicatorsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    boolean anyIndicator = submission.tables().stream().anyMatch(t -> !t.indicators().isEmpty());
    boolean unread = submission.readingNotes().stream()
        .anyMatch(n -> ReadingNote.UNRECOGNIZED_TABLE.equals(n.kind()));
    if (!anyIndicator && submission.sections().isEmpty() && !unread) {
      // (A table jxlint could not read is reading-unrecognized-table, not the submitter's gap.)
      context.report("no-indicators").evidence("").emit();
    }
  }
}
