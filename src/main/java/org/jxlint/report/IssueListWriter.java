package org.jxlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;

/**
 * The 审核问题清单 as an .xlsx a reviewer sorts and filters: one row a finding (file, table, row,
 * indicator, the text, problem, suggestion, severity, rule, where, how it was set aside), an
 * unreadable file as a row of its own, the header frozen and filtered; a second sheet lists every
 * file with its grade and counts. Rows stream to disk, so a batch of any size fits in memory.
 */
public final class IssueListWriter implements ReportWriter {

  private static final String[] ISSUE_COLUMNS = {"file", "table", "row", "indicator", "evidence",
      "problem", "fix", "severity", "rule", "location", "disposition"};
  private static final int[] ISSUE_WIDTHS = {28, 16, 6, 30, 24, 48, 48, 8, 24, 22, 16};
  private static final int[] WRAPPED = {3, 4, 5, 6};

  private final OutputStream out;
  private final Messages messages;
  private final SXSSFWorkbook wb = new SXSSFWorkbook(100);
  private final Sheet issues;
  private final Sheet files;
  private final CellStyle wrap;

  public IssueListWriter(OutputStream out, Messages messages) {
    this.out = out;
    this.messages = messages;
    CellStyle head = wb.createCellStyle();
    Font bold = wb.createFont();
    bold.setBold(true);
    head.setFont(bold);
    head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    wrap = wb.createCellStyle();
    wrap.setWrapText(true);
    wrap.setVerticalAlignment(VerticalAlignment.TOP);
    issues = sheet(messages.get("list.sheet.issues"), head, List.of(ISSUE_COLUMNS).stream()
        .map(c -> messages.get("list.column." + c)).toList(), ISSUE_WIDTHS);
    files = sheet(messages.get("list.sheet.files"), head, List.of(
        messages.get("list.column.file"), messages.get("list.column.grade"),
        messages.get("severity.error"), messages.get("severity.warning"),
        messages.get("severity.info"), messages.get("list.column.note")),
        new int[] {28, 6, 6, 6, 6, 60});
  }

  private Sheet sheet(String name, CellStyle head, List<String> columns, int[] widths) {
    Sheet s = wb.createSheet(name);
    Row row = s.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      row.createCell(c).setCellValue(columns.get(c));
      row.getCell(c).setCellStyle(head);
      s.setColumnWidth(c, widths[c] * 256);
    }
    s.createFreezePane(0, 1);
    return s;
  }

  @Override
  public void begin() {}

  /** Every row of the file is made before any is written: an entry is whole or not there. */
  @Override
  public void file(FileReport r) {
    List<Object[]> rows = new ArrayList<>();
    Object[] overview;
    if (r.unreadable()) {
      String reason = Rendering.reason(messages, r);
      rows.add(new Object[] {r.path(), "", null, "", "", messages.get("report.status.unreadable")
          + messages.get("report.colon") + reason, "", messages.get("report.status.unreadable"),
          "", "", ""});
      overview = new Object[] {r.path(), "", null, null, null, reason};
    } else {
      Rendering.Tables tables = Rendering.tables(r);
      for (Finding f : r.findings()) {
        rows.add(row(r, tables, f));
      }
      overview = new Object[] {r.path(), r.grade().letter(), r.count(Severity.ERROR),
          r.count(Severity.WARNING), r.count(Severity.INFO),
          Rendering.contents(messages, r.contents())};
    }
    for (Object[] values : rows) {
      put(issues, values);
    }
    put(files, overview);
  }

  private Object[] row(FileReport r, Rendering.Tables tables, Finding f) {
    SourceLocation l = f.location();
    IndicatorTable found = tables.of(f);
    IndicatorTable t = found != null ? found : rowTable(r, l);
    String table = t != null ? Rendering.tableTitle(messages, t)
        : l.table() != null && l.sheet() == null ? messages.get("report.location.table", l.table())
        : l.sheet() != null ? l.sheet() : "";
    Integer row = l.cell() != null ? Integer.valueOf(new CellAddress(l.cell()).getRow() + 1)
        : l.row() != null ? l.row() : l.line();
    return new Object[] {r.path(), table, row,
        String.join(Rendering.PATH_SEPARATOR, f.indicator()), f.evidence().strip(),
        Rendering.message(messages, f), Rendering.suggestion(messages, f).orElse(""),
        messages.get("severity." + f.severity().key()), f.rule(),
        Rendering.location(messages, l), Rendering.disposition(messages, f).orElse("")};
  }

  /** The table with an indicator on the finding's row: a cell beside the indicator's own cells. */
  private static IndicatorTable rowTable(FileReport r, SourceLocation l) {
    if (r.document() == null || l.cell() == null) {
      return null;
    }
    int row = new CellAddress(l.cell()).getRow() + 1;
    for (IndicatorTable t : r.document().tables()) {
      for (org.jxlint.model.Indicator i : t.indicators()) {
        if (l.sheet().equals(i.location().sheet()) && Integer.valueOf(row).equals(
            i.location().row())) {
          return t;
        }
      }
    }
    return null;
  }

  private void put(Sheet sheet, Object[] values) {
    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
    for (int c = 0; c < values.length; c++) {
      Object v = values[c];
      if (v instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (v != null) {
        row.createCell(c).setCellValue(fit(v.toString()));
      }
    }
    if (sheet == issues) {
      for (int c : WRAPPED) {
        if (row.getCell(c) != null) {
          row.getCell(c).setCellStyle(wrap);
        }
      }
    }
  }

  /** Text cut to what an Excel cell holds (32,767 characters), marked where it was cut. */
  static String fit(String text) {
    int max = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    if (text.length() <= max) {
      return text;
    }
    int end = max - CUT.length();
    return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end) + CUT;
  }

  private static final String CUT = "……";

  @Override
  public void end(Summary summary, Gate gate) throws IOException {
    finish();
  }

  /** Sets the filters and writes the workbook: the list does not depend on the batch's summary. */
  void finish() throws IOException {
    issues.setAutoFilter(new CellRangeAddress(0, Math.max(issues.getLastRowNum(), 1), 0,
        ISSUE_COLUMNS.length - 1));
    files.setAutoFilter(new CellRangeAddress(0, Math.max(files.getLastRowNum(), 1), 0, 5));
    try {
      wb.write(out);
      out.flush();
    } finally {
      wb.dispose();
      wb.close();
    }
  }
}
