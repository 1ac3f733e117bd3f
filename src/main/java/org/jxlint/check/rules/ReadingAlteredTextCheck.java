package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * What jxlint read is not quite what the file says: bytes that were no valid character read as
 * “�”, zero bytes dropped, a cell longer than anyone writes cut short. The rest was checked; the
 * places themselves need a look.
 */
@LintRule(
    id = "reading-altered-text",
    name = "读取时有文字没读全",
    severity = Severity.WARNING,
    category = Category.READING,
    summary = "文件里有无效的字节、零字节、过长的单元格或隐藏文字，jxlint 替换、略过或截断了这些地方，其余照常检查。")
public final class ReadingAlteredTextCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (ReadingNote note : submission.readingNotes()) {
      String detail = note.detail() == null ? "" : note.detail();
      switch (note.kind()) {
        case ReadingNote.BAD_BYTES -> {
          int space = detail.indexOf(' ');
          String charset = space < 0 ? detail : detail.substring(0, space);
          String count = space < 0 ? "?" : detail.substring(space + 1);
          context.report("bad-bytes").evidence(note.subject()).at(note.location())
              .args(charset, count).emit();
        }
        case ReadingNote.ZERO_BYTES -> context.report("zero-bytes").evidence(note.subject())
            .at(note.location()).args(detail).emit();
        case ReadingNote.TRUNCATED_CELL -> {
          String[] parts = detail.split(" ");
          context.report("truncated-cell").evidence(note.subject()).at(note.location())
              .args(parts[0], parts.length > 1 ? parts[1] : "?").emit();
        }
        case ReadingNote.FAR_CELL -> {
          String[] parts = detail.split(" ");
          context.report("far-cell").evidence(note.subject()).at(note.location())
              .args(parts[0], parts.length > 1 ? parts[1] : "?").emit();
        }
        case ReadingNote.HIDDEN_TEXT -> context.report("hidden-text").evidence(note.subject())
            .at(note.location()).args(detail).emit();
        default -> {
          // other notes are other rules'
        }
      }
    }
  }
}
