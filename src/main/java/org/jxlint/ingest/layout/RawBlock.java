package org.jxlint.ingest.layout;

import java.util.List;
import org.jxlint.model.SourceLocation;

/**
 * What every reader turns a file into before interpretation: paragraphs and table rows in document
 * order. Readers only say what is where; {@link DocumentInterpreter} decides what it means.
 */
public sealed interface RawBlock {

  SourceLocation location();

  /** A line or paragraph of text outside any table. */
  record Paragraph(String text, SourceLocation location) implements RawBlock {
    public Paragraph {
      text = TextCells.clean(text);
    }
  }

  /**
   * One row of a table. {@code table} numbers the tables of the document from 1; rows of one table
   * share it. Cells of merged regions other than the first are empty, as Word and Excel export them.
   */
  record Row(int table, List<RawCell> cells, SourceLocation location) implements RawBlock {
    public Row {
      cells = List.copyOf(cells);
    }

    public String text(int column) {
      return column >= 0 && column < cells.size() ? cells.get(column).text() : "";
    }

    /** The cells that hold text, in order. */
    public List<RawCell> filled() {
      return filled(cells);
    }

    /** The cells of a list that hold text, in order. */
    public static List<RawCell> filled(List<RawCell> cells) {
      return cells.stream().filter(c -> !org.jxlint.text.TextNormalizer.isBlank(c.text())).toList();
    }
  }
}
