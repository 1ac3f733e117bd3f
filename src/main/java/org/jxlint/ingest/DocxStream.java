package org.jxlint.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.SourceLocation;

/**
 * Reads a .docx body as a stream ({@code word/document.xml} through StAX) instead of building
 * POI's object model: about four times faster on batches, with the same result — paragraphs
 * outside tables, and each table as a rectangular grid where cells spanning columns (gridSpan) are
 * followed by empty cells, vertically merged continuations (vMerge) are empty and leading skipped
 * columns (gridBefore) are empty. A table nested in a cell adds its text to that cell — unless
 * the outer table only frames the page (one column, a table inside): then what the frame holds is
 * read as if the frame were not there, its tables as tables.
 */
final class DocxStream {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final XMLInputFactory FACTORY = XmlParts.factory(true);

  private final List<RawBlock> blocks = new ArrayList<>();
  /** Text formatted as hidden (w:vanish), left unread: its opening, and how long it all is. */
  private final StringBuilder hidden = new StringBuilder();
  private long hiddenChars;
  private final ReadLimits limits;
  private int tableNo;
  private long cellCount;

  private DocxStream(ReadLimits limits) {
    this.limits = limits;
  }

  /** The paragraphs and table rows of the document body, in order. */
  static List<RawBlock> read(InputStream documentXml, ReadLimits limits, List<ReadingNote> notes)
      throws XMLStreamException, UnreadableException {
    DocxStream s = new DocxStream(limits);
    XMLStreamReader x = XmlParts.open(FACTORY, documentXml);
    try {
      s.body(x);
    } finally {
      x.close();
    }
    if (s.hidden.length() > 0) {
      String opening = TextCells.clean(s.hidden.toString());
      notes.add(new ReadingNote(ReadingNote.HIDDEN_TEXT,
          opening.length() > HIDDEN_OPENING ? opening.substring(0, HIDDEN_OPENING) + "…" : opening,
          String.valueOf(s.hiddenChars), null));
    }
    return s.blocks;
  }

  /** How much of the hidden text the reading note quotes. */
  private static final int HIDDEN_OPENING = 30;

  private void body(XMLStreamReader x) throws XMLStreamException, UnreadableException {
    while (x.hasNext()) {
      if (x.next() != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "p" -> {
          String text = TextCells.clean(paragraph(x));
          if (!text.isEmpty()) {
            blocks.add(new RawBlock.Paragraph(text, SourceLocation.NONE));
          }
        }
        case "tbl" -> table(x);
        default -> {
          // sectPr, bookmarks …: nothing to read
        }
      }
    }
  }

  /** A top-level table: its rows as grids. The reader stands on {@code <w:tbl>}. */
  private void table(XMLStreamReader x) throws XMLStreamException, UnreadableException {
    tableNo++;
    int start = blocks.size();
    int rowNo = 0;
    int depth = 1;
    List<RawCell> cells = null;
    int before = 0;
    // What the table's cells hold, in order, should it be a frame: paragraphs and nested tables.
    List<Object> framed = new ArrayList<>();
    boolean oneColumn = true;
    boolean holdsTable = false;
    while (depth > 0 && x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
        String name = x.getLocalName();
        if (name.equals("tbl")) {
          depth--;
        } else if (name.equals("tr") && cells != null) {
          oneColumn &= cells.size() == 1;
          blocks.add(new RawBlock.Row(tableNo, cells, SourceLocation.tableRow(tableNo, rowNo)));
          cells = null;
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "tr" -> {
          rowNo++;
          cells = new ArrayList<>();
          before = 0;
        }
        case "gridBefore" -> before = intValue(x);
        case "tc" -> {
          if (cells == null) {
            break;
          }
          Cell c = cell(x);
          framed.addAll(c.parts());
          holdsTable |= c.parts().stream().anyMatch(part -> part instanceof List<?>);
          // Checked before the grid is built: gridSpan="10000000" must not become ten million cells.
          before = Math.max(before, 0);
          limits.columns((long) cells.size() + before + c.span);
          cellCount += before + c.span;
          limits.cells(cellCount);
          for (; before > 0; before--) {
            cells.add(new RawCell("", at(rowNo, cells.size())));
          }
          cells.add(new RawCell(c.continuation ? "" : TextCells.clean(c.text),
              at(rowNo, cells.size())));
          for (int s = 1; s < c.span; s++) {
            cells.add(new RawCell("", at(rowNo, cells.size())));
          }
        }
        default -> {
          // tblPr, tblGrid, trPr …
        }
      }
    }
    if (oneColumn && holdsTable) {
      unframe(start, framed);
    }
  }

  /**
   * Replaces a frame's rows (from block {@code start} on) by what it holds: its paragraphs as
   * paragraphs, each table inside it as a table of its own.
   */
  private void unframe(int start, List<Object> framed) {
    blocks.subList(start, blocks.size()).clear();
    tableNo--;
    for (Object part : framed) {
      if (part instanceof String text) {
        String clean = TextCells.clean(text);
        if (!clean.isEmpty()) {
          blocks.add(new RawBlock.Paragraph(clean, SourceLocation.NONE));
        }
        continue;
      }
      tableNo++;
      int row = 0;
      for (Object r : (List<?>) part) {
        row++;
        List<RawCell> cells = new ArrayList<>();
        for (Object text : (List<?>) r) {
          cells.add(new RawCell(TextCells.clean((String) text), at(row, cells.size())));
        }
        blocks.add(new RawBlock.Row(tableNo, cells, SourceLocation.tableRow(tableNo, row)));
      }
    }
  }

  /**
   * A cell: its text, the columns it spans, whether it continues the cell above, and what it holds
   * in order — paragraphs (strings) and nested tables (lists of rows of cell texts).
   */
  private record Cell(String text, int span, boolean continuation, List<Object> parts) {}

  /** One cell: its paragraphs joined by line breaks. The reader stands on {@code <w:tc>}. */
  private Cell cell(XMLStreamReader x) throws XMLStreamException {
    List<String> lines = new ArrayList<>();
    List<Object> parts = new ArrayList<>();
    int span = 1;
    boolean continuation = false;
    int depth = 1;
    while (depth > 0 && x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())
          && x.getLocalName().equals("tc")) {
        depth--;
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "tbl" -> {
          if (depth == 1) {
            List<List<String>> rows = nested(x);
            rows.forEach(r -> r.forEach(t -> lines.addAll(List.of(t.split("\n", -1)))));
            parts.add(rows);
          }
        }
        case "tc" -> depth++; // a cell of a table nested deeper: its text joins this cell
        case "gridSpan" -> {
          if (depth == 1) {
            span = Math.max(1, intValue(x));
          }
        }
        case "vMerge" -> {
          if (depth == 1) {
            String val = x.getAttributeValue(W, "val");
            continuation = val == null || !val.equals("restart");
          }
        }
        case "p" -> {
          String text = paragraph(x);
          lines.add(text);
          if (depth == 1) {
            parts.add(text);
          }
        }
        default -> {
          // tcPr, tcW, shd …
        }
      }
    }
    return new Cell(String.join("\n", lines), span, continuation, parts);
  }

  /**
   * A table nested in a cell, as rows of cell texts (a cell's paragraphs joined by line breaks,
   * a table nested deeper adding its text to its cell). The reader stands on {@code <w:tbl>}.
   */
  private List<List<String>> nested(XMLStreamReader x) throws XMLStreamException {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = null;
    List<String> cellLines = null;
    int tables = 1;
    int cellDepth = 0;
    while (tables > 0 && x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
        switch (x.getLocalName()) {
          case "tbl" -> tables--;
          case "tr" -> {
            if (tables == 1 && row != null) {
              rows.add(row);
              row = null;
            }
          }
          case "tc" -> {
            if (tables == 1 && row != null && cellLines != null) {
              row.add(String.join("\n", cellLines));
              cellLines = null;
            }
            cellDepth--;
          }
          default -> {
            // the end of a paragraph or a property
          }
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "tbl" -> tables++;
        case "tr" -> {
          if (tables == 1) {
            row = new ArrayList<>();
          }
        }
        case "tc" -> {
          cellDepth++;
          if (tables == 1) {
            cellLines = new ArrayList<>();
          }
        }
        case "p" -> {
          String text = paragraph(x);
          if (cellLines != null) {
            cellLines.add(text);
          }
        }
        default -> {
          // properties
        }
      }
    }
    return rows;
  }

  /**
   * The text of a paragraph as Word shows it: text runs, tabs and breaks; deleted text and field
   * instructions left out. The reader stands on {@code <w:p>} and ends on its end.
   */
  private String paragraph(XMLStreamReader x) throws XMLStreamException {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    boolean inRun = false;
    boolean vanished = false;
    while (depth > 0 && x.hasNext()) {
      int event = x.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        if (W.equals(x.getNamespaceURI()) && x.getLocalName().equals("p")) {
          depth--;
        } else if (W.equals(x.getNamespaceURI()) && x.getLocalName().equals("r")) {
          inRun = false;
        }
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT || !W.equals(x.getNamespaceURI())) {
        continue;
      }
      switch (x.getLocalName()) {
        case "p" -> depth++;
        case "r" -> {
          inRun = true;
          vanished = false;
        }
        // Hidden text (字体 › 隐藏) is neither shown nor printed: not part of the form as read.
        case "vanish" -> vanished = inRun && on(x.getAttributeValue(W, "val"));
        case "t" -> {
          String t = x.getElementText();
          if (vanished) {
            hiddenChars += t.length();
            if (hidden.length() <= HIDDEN_OPENING) {
              hidden.append(t);
            }
          } else {
            b.append(t);
          }
        }
        case "tab" -> b.append('\t');
        case "br", "cr" -> b.append('\n');
        case "noBreakHyphen" -> b.append('-');
        default -> {
          // rPr, delText, instrText …
        }
      }
    }
    return b.toString();
  }

  /** A w:val of an on-off property: on unless it says 0, false or off. */
  private static boolean on(String val) {
    return val == null || !(val.equals("0") || val.equalsIgnoreCase("false")
        || val.equalsIgnoreCase("off"));
  }

  private static int intValue(XMLStreamReader x) {
    try {
      return Integer.parseInt(x.getAttributeValue(W, "val"));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private SourceLocation at(int row, int column) {
    return new SourceLocation(tableNo, row, column + 1, null, null, null);
  }
}
