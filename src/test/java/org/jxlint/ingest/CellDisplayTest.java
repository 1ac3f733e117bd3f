package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cells read as Excel shows them, in both workbook formats, whatever quoting the format uses. */
class CellDisplayTest {

  /** 2025-12-31 as Excel counts days. */
  private static final double DATE = 46022;

  @Test
  @DisplayName("日期格式不带引号和转义：2025年12月31日，.xlsx 和 .xls 一样")
  void dates_read_without_the_formats_quoting() throws Exception {
    Map<String, String> dates = new LinkedHashMap<>();
    dates.put("yyyy\"年\"m\"月\"d\"日\"", "2025年12月31日");
    dates.put("yyyy\\年m\\月d\\日", "2025年12月31日"); // as LibreOffice saves it in .xls
    dates.put("yyyy年m月d日", "2025年12月31日");
    dates.put("[$-804]yyyy\"年\"m\"月\"d\"日\"", "2025年12月31日");
    dates.put("[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"", "2025年12月31日"); // POI fails on DBNum
    dates.put("yyyy\"年\"m\"月\"", "2025年12月");
    dates.put("m\"月\"d\"日\"", "12月31日");
    dates.put("yyyy\\-mm\\-dd", "2025-12-31");
    dates.put("yyyy/m/d", "2025/12/31");
    for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
      try (wb) {
        dates.forEach((format, shown) -> assertEquals(shown, shown(wb, DATE, format),
            wb.getClass().getSimpleName() + " " + format));
      }
    }
  }

  @Test
  @DisplayName("数字格式：0.00、0%、万元和≥前缀、千位缩放")
  void numbers_read_as_excel_shows_them() throws Exception {
    Map<String, Object[]> numbers = new LinkedHashMap<>();
    numbers.put("0.00", new Object[] {12345.678, "12345.68"});
    numbers.put("0%", new Object[] {0.955, "96%"});
    numbers.put("0.00%", new Object[] {0.955, "95.50%"});
    numbers.put("0.00\"万元\"", new Object[] {174.78, "174.78万元"});
    numbers.put("#,##0.00\"万元\"", new Object[] {12345.678, "12,345.68万元"});
    numbers.put("0\\人", new Object[] {280.0, "280人"});
    numbers.put("\"≥\"0%", new Object[] {0.95, "≥95%"});
    numbers.put("0.00,\"千元\"", new Object[] {12345.678, "12.35千元"});
    numbers.put("General", new Object[] {44561.0, "44561"});
    for (Workbook wb : new Workbook[] {new XSSFWorkbook(), new HSSFWorkbook()}) {
      try (wb) {
        numbers.forEach((format, v) -> assertEquals(v[1], shown(wb, (double) v[0], format),
            wb.getClass().getSimpleName() + " " + format));
      }
    }
  }

  @Test
  @DisplayName("中文内置日期格式（编号 31 等，文件里不写格式串）也按年月日显示")
  void chinese_builtin_formats_read_as_dates() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Cell cell = wb.createSheet("s").createRow(0).createCell(0);
      cell.setCellValue(DATE);
      CellStyle style = wb.createCellStyle();
      style.setDataFormat((short) 31);
      cell.setCellStyle(style);
      assertEquals("2025年12月31日", new CellDisplay().text(cell));
      style.setDataFormat((short) 58);
      assertEquals("12月31日", new CellDisplay().text(cell));
    }
  }

  @Test
  @DisplayName("格式把值藏起来（;;; 或空的分段）时，Excel 显示为空，读出来也是空的")
  void a_format_that_hides_the_value_shows_nothing() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      assertEquals("", shown(wb, 120, ";;;"));
      assertEquals("", shown(wb, -5, "0;;0"));
      assertEquals("", shown(wb, 0, "0;-0;"));
      assertEquals("120", shown(wb, 120, "0;;"));
      assertEquals("0", shown(wb, 0, "0;\";\""));
      assertEquals("120;", shown(wb, 120, "0\";\";")); // a quoted ; is a literal
      Cell text = wb.createSheet().createRow(0).createCell(0);
      text.setCellValue("≥120户");
      CellStyle style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat(";;;"));
      text.setCellStyle(style);
      assertEquals("", new CellDisplay().text(text));
      style.setDataFormat(wb.createDataFormat().getFormat("0;-0;0;@"));
      assertEquals("≥120户", new CellDisplay().text(text));
    }
  }

  private static String shown(Workbook wb, double value, String format) {
    Cell cell = wb.createSheet().createRow(0).createCell(0);
    cell.setCellValue(value);
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    cell.setCellStyle(style);
    return new CellDisplay().text(cell);
  }

  @Test
  @DisplayName("公式没有存计算结果（不会计算的程序写的）：按公式算出，不当作 0")
  void a_formula_without_its_computed_value_is_computed() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      org.apache.poi.xssf.usermodel.XSSFCell cell = wb.createSheet("表").createRow(0).createCell(0);
      cell.setCellFormula("100-5");
      if (cell.getCTCell().isSetV()) {
        cell.getCTCell().unsetV(); // as a program that writes formulas but computes none leaves it
      }
      assertEquals("95", new CellDisplay().text(cell));
    }
  }
}
