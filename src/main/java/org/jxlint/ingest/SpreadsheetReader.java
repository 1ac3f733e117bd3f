package org.jxlint.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.model.ReadingNote;

/**
 * Excel workbooks (.xlsx and the older .xls, whichever the file really is): every visible sheet
 * (and hidden ones when the table is only there, see {@link #interpret}), each cell as Excel displays it — so 95% stays “95%” and a date stays a date, while a bare 44561
 * stays “44561” for the checks to question rather than silently becoming a target.
 */
final class SpreadsheetReader extends DocumentReader {

  /** How many cells of text beyond the column limit a sheet may hold and still be read. */
  private static final int STRAY_CELLS = 3;

  static final String LAYOUT = "excel";

  SpreadsheetReader(DocumentInterpreter interpreter) {
    super(interpreter);
    OfficeFiles.init();
  }

  /** The extensions of the files this reader takes (templates and WPS's own too). */
  static final Set<String> EXTENSIONS = Set.of("xlsx", "xls", "xlsm", "xltx", "xltm", "xlt", "et");

  @Override
  public Set<String> extensions() {
    return EXTENSIONS;
  }

  @Override
  RawDocument layout(Path file, List<ReadingNote> notes) throws UnreadableException {
    List<RawBlock> blocks = new ArrayList<>();
    sheets(file).forEach(sheet -> blocks.addAll(sheet.rows()));
    return new RawDocument(LAYOUT, blocks);
  }

  /**
   * The visible sheets; hidden ones only when the visible ones hold no indicator, so that a table
   * kept only in a hidden sheet is not missed, while the lists behind a template's drop-downs (kept
   * in a hidden sheet beside a filled-in table) are not read as a second, empty table. Either
   * way each hidden sheet with content is said in a reading note: read, or left unread.
   */
  @Override
  Submission interpret(Path file, String displayPath, List<ReadingNote> notes)
      throws UnreadableException {
    List<SheetRows> sheets = sheets(file);
    stopIfTimeIsUp();
    List<RawBlock> visible = new ArrayList<>();
    List<RawBlock> all = new ArrayList<>();
    List<SheetRows> hidden = new ArrayList<>();
    List<ReadingNote> far = new ArrayList<>();
    for (SheetRows sheet : sheets) {
      far.addAll(sheet.far());
      all.addAll(sheet.rows());
      if (!sheet.hidden()) {
        visible.addAll(sheet.rows());
      } else if (!sheet.rows().isEmpty()) {
        hidden.add(sheet);
      }
    }
    List<ReadingNote> cuts = new ArrayList<>();
    RawDocument whole = bounded(new RawDocument(LAYOUT, all), cuts);
    Submission read = interpreter().interpret(bounded(new RawDocument(LAYOUT, visible),
        notes), displayPath);
    if (hidden.isEmpty()) {
      notes.addAll(far);
      return read;
    }
    boolean found = read.tables().stream().anyMatch(t -> !t.indicators().isEmpty());
    if (!found) {
      notes.clear(); // the notes of the whole workbook, hidden sheets' cuts too
      notes.addAll(cuts);
      read = interpreter().interpret(whole, displayPath);
    }
    for (SheetRows sheet : hidden) {
      notes.add(new ReadingNote(found ? ReadingNote.HIDDEN_SHEET_UNREAD : ReadingNote.HIDDEN_SHEET,
          sheet.name(), null, new SourceLocation(null, null, null, null, sheet.name(), null)));
    }
    notes.addAll(far);
    return read;
  }


  /** One sheet's rows with text, whether Excel hides the sheet, and text too far right to read. */
  private record SheetRows(String name, boolean hidden, List<RawBlock> rows,
      List<ReadingNote> far) {}

  private List<SheetRows> sheets(Path file) throws UnreadableException {
    ReadLimits limits = ReadLimits.current();
    if (OfficeFiles.requireOffice(file, "Excel") == FileMagic.OOXML) {
      SheetCells.require(file, limits); // before POI builds every cell in memory
    } else {
      SheetCells.requireXls(file, limits);
    }
    List<SheetRows> sheets = new ArrayList<>();
    long cellCount = 0;
    try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
      CellDisplay format = new CellDisplay();
      SheetBlocks cut = new SheetBlocks(interpreter(), 1);
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        List<SheetBlocks.Line> lines = new ArrayList<>();
        Sheet sheet = wb.getSheetAt(s);
        String name = sheet.getSheetName();
        Map<Long, Integer> spans = spans(sheet);
        List<ReadingNote> far = new ArrayList<>();
        int farCells = 0;
        int lastRow = -1;
        for (Row row : sheet) {
          List<RawCell> cells = new ArrayList<>();
          int last = Math.max(row.getLastCellNum(), 0);
          if (last > limits.maxColumns()) {
            // Formatting may run to column XFD; a stray entry or two beyond the limit, far right
            // of any table, is left unread and said; rows of text out there make the sheet too
            // wide to be a form.
            for (Cell cell : row) {
              String text = cell.getColumnIndex() >= limits.maxColumns()
                  ? TextCells.clean(format.text(cell)) : "";
              if (!text.isEmpty() && ++farCells > STRAY_CELLS) {
                limits.columns(cell.getColumnIndex() + 1L);
              }
              if (!text.isEmpty() && far.isEmpty()) {
                String ref = new CellReference(row.getRowNum(), cell.getColumnIndex())
                    .formatAsString(false);
                far.add(new ReadingNote(ReadingNote.FAR_CELL,
                    text.length() > 30 ? text.substring(0, 30) + "…" : text,
                    ref + " " + limits.maxColumns(),
                    new SourceLocation(null, null, null, null, name, ref)));
              }
            }
            last = limits.maxColumns();
          }
          cellCount += last;
          limits.cells(cellCount);
          int firstText = -1;
          for (int c = 0; c < last; c++) {
            Cell cell = row.getCell(c);
            String text = cell == null ? "" : TextCells.clean(format.text(cell));
            if (firstText < 0 && !text.isEmpty()) {
              firstText = c;
            }
            cells.add(new RawCell(text, new SourceLocation(null, null, null, null, name,
                new CellReference(row.getRowNum(), c).formatAsString(false))));
          }
          if (row.getRowNum() > lastRow + 1) {
            lines.add(BLANK); // rows Excel left out are blank rows
          }
          lastRow = row.getRowNum();
          lines.add(new SheetBlocks.Line(cells,
              new SourceLocation(null, row.getRowNum() + 1, null, null, name, null),
              firstText >= 0 && spans.getOrDefault(key(row.getRowNum(), firstText), 1) >= 3));
        }
        List<RawBlock> blocks = cut.blocks(lines);
        sheets.add(new SheetRows(name, wb.isSheetHidden(s) || wb.isSheetVeryHidden(s), blocks,
            far));
      }
    } catch (Exception | StackOverflowError e) {
      throw OfficeFiles.explain(e, "Excel");
    }
    return sheets;
  }

  private static final SheetBlocks.Line BLANK = new SheetBlocks.Line(List.of(), null, false);

  /** How many columns each merged region spans, by its first cell. */
  private static Map<Long, Integer> spans(Sheet sheet) {
    Map<Long, Integer> spans = new HashMap<>();
    for (CellRangeAddress r : sheet.getMergedRegions()) {
      spans.put(key(r.getFirstRow(), r.getFirstColumn()), r.getLastColumn() - r.getFirstColumn() + 1);
    }
    return spans;
  }

  private static long key(int row, int column) {
    return ((long) row << 20) | column;
  }
}
