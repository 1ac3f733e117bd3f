package org.jxlint.ingest.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jxlint.model.ReadingNote;
import org.jxlint.text.TextNormalizer;

/**
 * What is mended in a document's blocks before it is read, in order: blank blocks and empty margin
 * columns dropped; header fields stacked over their values set side by side ({@link
 * StackedFields}); tables flattened to one cell per line ({@link FlatTables}) or read column by
 * column ({@link ColumnRuns}) rebuilt into rows, each rebuild a reading note.
 */
final class BlockRepairs {

  private final TableInterpreter tables;
  private final Predicate<String> fieldLabel;
  private final Predicate<String> stops;

  /**
   * {@code fieldLabel} tells a header field's label; {@code stops} a line that ends a table (a
   * footer label, a signing organisation, the form's title).
   */
  BlockRepairs(TableInterpreter tables, Predicate<String> fieldLabel, Predicate<String> stops) {
    this.tables = tables;
    this.fieldLabel = fieldLabel;
    this.stops = stops;
  }

  List<RawBlock> repair(List<RawBlock> blocks, List<ReadingNote> notes) {
    List<RawBlock> side = new StackedFields(fieldLabel).rebuild(withoutMargins(blocks));
    List<RawBlock> rows = new FlatTables(tables, stops).rebuild(side, null, notes);
    return new ColumnRuns(tables).rebuild(rows, notes);
  }

  /**
   * The blocks without what carries nothing: blank rows and paragraphs (wherever they stand, even
   * between header rows) and the empty columns left of each table (a sheet that starts at column B).
   */
  private static List<RawBlock> withoutMargins(List<RawBlock> blocks) {
    List<RawBlock> kept = blocks.stream().filter(b -> !blank(b)).toList();
    Map<Integer, Integer> margin = new HashMap<>();
    for (RawBlock b : kept) {
      if (b instanceof RawBlock.Row r) {
        int first = 0;
        while (TextNormalizer.isBlank(r.text(first))) {
          first++;
        }
        margin.merge(r.table(), first, Math::min);
      }
    }
    return kept.stream().map(b -> b instanceof RawBlock.Row r && margin.get(r.table()) > 0
        ? new RawBlock.Row(r.table(), r.cells().subList(margin.get(r.table()), r.cells().size()),
            r.location())
        : b).toList();
  }

  private static boolean blank(RawBlock block) {
    return block instanceof RawBlock.Row r
        ? r.filled().isEmpty()
        : TextNormalizer.isBlank(((RawBlock.Paragraph) block).text());
  }

}
