package org.jxlint.ingest.layout;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.SourceLocation;
import org.jxlint.text.TextNormalizer;

/**
 * A text that stops in the middle of a table's row (a copy cut off, a page not stored): the last
 * row of the document has fewer cells than the table's other rows and no value. That is not a
 * value the unit left blank but a row jxlint never saw whole: the row stays as read (its name is
 * real) and a reading note at it says where the text stops, so that no check calls it blank.
 */
final class CutShort {

  private CutShort() {}

  /**
   * Whether a document in this layout can stop in the middle of a row: a text (pasted, copied,
   * saved from a page) or a CSV can; a workbook, a Word file or a PDF stores every row whole, and
   * a row of it whose last cells are empty was left blank — a workbook does not even store the
   * empty cells at a row's end.
   */
  static boolean canStopMidRow(String layout) {
    return layout.startsWith("text-") || layout.equals("csv");
  }

  /** Notes the document's last row when the text stops inside it. */
  static void note(List<IndicatorTable> tables, List<RawBlock> blocks, List<ReadingNote> notes) {
    RawBlock.Row last = lastRow(blocks);
    if (last == null) {
      return;
    }
    for (IndicatorTable table : tables) {
      List<Indicator> rows = table.indicators();
      Indicator end = rows.isEmpty() || table.fromProse() ? null : rows.get(rows.size() - 1);
      if (end == null || !end.location().equals(last.location())
          || !TextNormalizer.isBlank(end.value()) || rows.size() < 2
          || last.cells().size() >= widest(table, blocks)) {
        continue;
      }
      String subject = end.name() != null && !end.name().isBlank() ? end.name().strip()
          : String.join(" | ", last.filled().stream().map(RawCell::text).toList());
      notes.add(new ReadingNote(ReadingNote.CUT_SHORT, subject, null, last.location()));
      return; // one note for the row, however many tables (one per region column) hold it
    }
  }

  /** The document's last block when it is a row (blank paragraphs after it do not count). */
  private static RawBlock.Row lastRow(List<RawBlock> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      RawBlock b = blocks.get(i);
      if (b instanceof RawBlock.Paragraph p && TextNormalizer.isBlank(p.text())) {
        continue;
      }
      return b instanceof RawBlock.Row r ? r : null;
    }
    return null;
  }

  /** The most cells a source row of the table has. */
  private static int widest(IndicatorTable table, List<RawBlock> blocks) {
    Set<SourceLocation> at = new HashSet<>();
    for (Indicator i : table.indicators()) {
      at.add(i.location());
    }
    int widest = 0;
    for (RawBlock b : blocks) {
      if (b instanceof RawBlock.Row r && at.contains(r.location())) {
        widest = Math.max(widest, r.cells().size());
      }
    }
    return widest;
  }
}
