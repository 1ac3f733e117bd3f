package org.jxlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jxlint.check.Finding;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/**
 * A copy of an .xlsx/.xlsm with a note (Excel's cell comment) on each offending cell — a cell
 * holds one note, so the findings of one cell share it — the findings that have no cell and the
 * file's summary in a note on its first cell with text (the title). A merged cell's note stands on
 * the merge's first cell, where Excel shows its text.
 */
final class ExcelNotes {

  /** A cell of the workbook: sheet index, 0-based row and column. */
  private record At(int sheet, int row, int column) {}

  private static final int NOTE_COLUMNS = 4;
  private static final int CHARS_PER_LINE = 22;
  private static final int MAX_NOTE_ROWS = 40;

  private final Messages messages;
  private final DataFormatter format = new DataFormatter(Locale.CHINA);

  ExcelNotes(Messages messages) {
    this.messages = messages;
  }

  /** Writes the noted copy of {@code source} to {@code target}; the source is only read. */
  void write(Path source, FileReport report, Path target) throws IOException {
    try (InputStream in = Files.newInputStream(source); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      At title = title(wb);
      Map<At, List<String>> notes = new LinkedHashMap<>();
      notes.put(title, new ArrayList<>()); // the summary goes first, once the counts are known
      List<String> away = new ArrayList<>();
      int findings = 0;
      int awayCount = 0;
      for (Finding f : ReviewText.active(report)) {
        findings++;
        At at = place(wb, Placement.of(f, report.document()));
        if (at == null) {
          awayCount++;
          paragraph(away, ReviewText.away(messages, f));
        } else {
          paragraph(notes.computeIfAbsent(at, k -> new ArrayList<>()),
              ReviewText.atCell(messages, f));
        }
      }
      List<String> first = new ArrayList<>(ReviewText.summary(messages, report, findings,
          awayCount));
      if (!away.isEmpty()) {
        first.add("");
        first.addAll(away);
      }
      if (!notes.get(title).isEmpty()) {
        first.add("");
        first.addAll(notes.get(title));
      }
      notes.put(title, first);
      for (Map.Entry<At, List<String>> e : notes.entrySet()) {
        note(wb, e.getKey(), e.getValue());
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        wb.write(out);
      }
    }
  }

  /** Adds lines to a note's text, a blank line between findings. */
  private static void paragraph(List<String> note, List<String> lines) {
    if (!note.isEmpty()) {
      note.add("");
    }
    note.addAll(lines);
  }

  /** The cell a placement points at, at the start of its merge; null for the title. */
  private At place(XSSFWorkbook wb, Placement p) {
    SourceLocation l = p.at();
    int sheet = l.sheet() == null ? -1 : wb.getSheetIndex(l.sheet());
    if (p.kind() == Placement.Kind.TITLE || sheet < 0) {
      return null;
    }
    XSSFSheet s = wb.getSheetAt(sheet);
    int row;
    int column;
    if (p.kind() == Placement.Kind.CELL) {
      CellAddress a = new CellAddress(l.cell());
      row = a.getRow();
      column = a.getColumn();
    } else {
      row = l.row() - 1;
      column = firstWithText(s.getRow(row));
    }
    for (CellRangeAddress merged : s.getMergedRegions()) {
      if (merged.isInRange(row, column)) {
        return new At(sheet, merged.getFirstRow(), merged.getFirstColumn());
      }
    }
    return new At(sheet, row, column);
  }

  /** The first cell with text of the first visible sheet: where a form's title stands. */
  private At title(XSSFWorkbook wb) {
    for (int s = 0; s < wb.getNumberOfSheets(); s++) {
      if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
        continue;
      }
      for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(s)) {
        int column = firstWithText((XSSFRow) row);
        if (column >= 0 && !text(row.getCell(column)).isEmpty()) {
          return new At(s, row.getRowNum(), column);
        }
      }
      return new At(s, 0, 0);
    }
    return new At(0, 0, 0);
  }

  /** The first column of a row with text; 0 when it has none. */
  private int firstWithText(XSSFRow row) {
    if (row != null) {
      for (org.apache.poi.ss.usermodel.Cell c : row) {
        if (!text(c).isEmpty()) {
          return c.getColumnIndex();
        }
      }
    }
    return 0;
  }

  private String text(org.apache.poi.ss.usermodel.Cell c) {
    return c == null ? "" : format.formatCellValue(c).strip();
  }

  /** One note on a cell, sized to its text; a note the cell had already is kept, ours after it. */
  private void note(XSSFWorkbook wb, At at, List<String> lines) {
    XSSFSheet sheet = wb.getSheetAt(at.sheet());
    XSSFRow row = sheet.getRow(at.row()) != null ? sheet.getRow(at.row())
        : sheet.createRow(at.row());
    XSSFCell cell = row.getCell(at.column()) != null ? row.getCell(at.column())
        : row.createCell(at.column());
    String text = String.join("\n", lines);
    XSSFComment existing = cell.getCellComment();
    if (existing != null) {
      existing.setString(existing.getString().getString() + "\n\n" + text);
      return;
    }
    int height = 1;
    for (String line : lines) {
      height += Math.max(1, (line.length() + CHARS_PER_LINE - 1) / CHARS_PER_LINE);
    }
    // The box stands to the right of its cell; POI files a new note under the box's first cell
    // until it is moved onto its own, so that first cell must not hold a note already.
    int left = sheet.getCellComment(new CellAddress(at.row(), at.column() + 1)) == null
        ? at.column() + 1 : at.column();
    ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
    anchor.setCol1(left);
    anchor.setCol2(left + NOTE_COLUMNS);
    anchor.setRow1(at.row());
    anchor.setRow2(at.row() + Math.min(height, MAX_NOTE_ROWS));
    XSSFComment note = sheet.createDrawingPatriarch().createCellComment(anchor);
    note.setAuthor(messages.get("annotate.author"));
    note.setString(wb.getCreationHelper().createRichTextString(text));
    cell.setCellComment(note);
  }
}
