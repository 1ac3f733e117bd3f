package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.check.Finding;
import org.jxlint.model.Indicator;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/**
 * The limits on rows and cell length, and the cell count of an old .xls taken before POI loads
 * it: beyond them a file is unreadable with the limit named, or a cell is cut with a note. Each
 * test lowers a limit through its system property, so the files stay small.
 */
class ReadLimitsTest {

  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  private static final String HEADER = "一级指标\t二级指标\t三级指标\t指标值\n";
  private static final List<String> PROPERTIES = List.of("jxlint.maxRows", "jxlint.maxCells",
      "jxlint.maxCellLength");

  @TempDir Path dir;

  @AfterEach
  void restore() {
    PROPERTIES.forEach(System::clearProperty);
  }

  private IngestResult read(String name, byte[] bytes) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, bytes);
    return INGESTOR.read(f, name);
  }

  private static String rows(int n) {
    StringBuilder b = new StringBuilder(HEADER);
    for (int i = 0; i < n; i++) {
      b.append("产出指标\t数量指标\t培训人次").append(i).append("\t≥").append(i + 1).append("人次\n");
    }
    return b.toString();
  }

  @Test
  @DisplayName("行数超过上限的文件无法读取，原因写明上限；不超过的照常读")
  void moreRowsThanTheLimitIsUnreadable() throws Exception {
    System.setProperty("jxlint.maxRows", "50");
    IngestResult over = read("长表.txt", rows(60).getBytes(StandardCharsets.UTF_8));
    IngestResult.Unreadable u = assertInstanceOf(IngestResult.Unreadable.class, over);
    assertEquals("unreadable.tooManyRows", u.reasonKey());
    assertEquals(List.of("50"), u.reasonArgs());

    IngestResult within = read("短表.csv", rows(40).replace('\t', ',')
        .getBytes(StandardCharsets.UTF_8));
    Submission s = assertInstanceOf(IngestResult.Read.class, within).submission();
    assertEquals(40, s.tables().stream().mapToInt(t -> t.indicators().size()).sum());
  }

  @Test
  @DisplayName("过长的单元格截断到上限，读取提示写明原长和上限，其余照常读")
  void anOverlongCellIsCutAndSaid() throws Exception {
    System.setProperty("jxlint.maxCellLength", "200");
    String longName = "培训".repeat(400); // 800 characters
    String text = HEADER + "产出指标\t数量指标\t" + longName + "\t≥200人次\n"
        + "产出指标\t质量指标\t培训合格率\t≥95%\n";
    Submission s = assertInstanceOf(IngestResult.Read.class,
        read("长格.txt", text.getBytes(StandardCharsets.UTF_8))).submission();
    List<Indicator> rows = s.tables().get(0).indicators();
    assertEquals(2, rows.size());
    assertEquals(200, rows.get(0).name().length());
    ReadingNote note = s.readingNotes().stream()
        .filter(n -> n.kind().equals(ReadingNote.TRUNCATED_CELL)).findFirst().orElseThrow();
    assertEquals("800 200", note.detail());
    List<Finding> found = TestSupport.lint("reading-altered-text", s);
    assertEquals(1, found.size());
    assertEquals(List.of("800", "200"), found.get(0).args());
    assertTrue(s.readingNotes().stream().filter(n -> n.kind().equals(ReadingNote.TRUNCATED_CELL))
        .count() == 1, "one note for the one long cell");
  }

  @Test
  @DisplayName("旧版 .xls 的单元格在载入前先数，超过上限无法读取")
  void anOldWorkbookIsCountedBeforeItLoads() throws Exception {
    Path f = dir.resolve("旧表.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      var sheet = wb.createSheet("表");
      for (int r = 0; r < 30; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < 10; c++) {
          row.createCell(c); // blank cells: MulBlank records, cells all the same
        }
      }
      sheet.getRow(0).getCell(0).setCellValue("三级指标");
      wb.write(out);
    }
    // The count from the records alone, before any POI object of a cell exists.
    org.junit.jupiter.api.Assertions.assertThrows(UnreadableException.class,
        () -> SheetCells.requireXls(f, new ReadLimits(256, 299)));
    SheetCells.requireXls(f, new ReadLimits(256, 300));
    System.setProperty("jxlint.maxCells", "250");
    IngestResult.Unreadable u = assertInstanceOf(IngestResult.Unreadable.class,
        INGESTOR.read(f, "旧表.xls"));
    assertEquals("unreadable.tooManyCells", u.reasonKey());
    assertEquals(List.of("250"), u.reasonArgs());
    System.setProperty("jxlint.maxCells", "400");
    assertInstanceOf(IngestResult.Read.class, INGESTOR.read(f, "旧表.xls"));
  }

  /** An .xlsx of one sheet, 表, filled by {@code fill}. */
  private Path workbook(String name,
      java.util.function.Consumer<org.apache.poi.ss.usermodel.Sheet> fill) throws Exception {
    Path f = dir.resolve(name);
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      fill.accept(wb.createSheet("表"));
      wb.write(out);
    }
    return f;
  }

  /** The reason's arguments, after checking the workbook is refused for that reason. */
  private static List<String> refused(Path f, ReadLimits limits, String reason) {
    UnreadableException e = org.junit.jupiter.api.Assertions.assertThrows(
        UnreadableException.class, () -> SheetCells.require(f, limits));
    assertEquals(reason, e.key());
    return e.args();
  }

  @Test
  @DisplayName(".xlsx 里大片设了边框的空单元格超过上限：说是空单元格太多、怎么删，不说不像绩效目标表")
  void formattedBlankCellsAreNamedAsSuch() throws Exception {
    Path f = workbook("边框刷到底.xlsx", sheet -> {
      var bordered = sheet.getWorkbook().createCellStyle();
      bordered.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      for (int r = 0; r < 60; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < 5; c++) {
          var cell = row.createCell(c);
          cell.setCellStyle(bordered);
          if (r < 3) {
            cell.setCellValue(r == 0 ? "三级指标" : "值" + r + c);
          }
        }
      }
    });
    assertEquals(List.of("100", "285"),
        refused(f, new ReadLimits(256, 100), "unreadable.tooManyBlankCells"));
    // Filled cells over the limit are too many cells, whatever the blanks.
    refused(f, new ReadLimits(256, 10), "unreadable.tooManyCells");
    SheetCells.require(f, new ReadLimits(256, 300));
  }

  @Test
  @DisplayName(".xlsx 的行也在载入前先数：有字的行超过上限是行太多，大片空行另说怎么删")
  void rowsAreCountedBeforeTheWorkbookLoads() throws Exception {
    Path f = workbook("行很多.xlsx", sheet -> {
      for (int r = 0; r < 30; r++) {
        sheet.createRow(r).createCell(0).setCellValue("指标" + r);
      }
      for (int r = 30; r < 200; r++) {
        sheet.createRow(r).setHeightInPoints(20); // a row with a height and nothing in it
      }
    });
    refused(f, new ReadLimits(256, 1000, 20, 100), "unreadable.tooManyRows");
    // counting stops at the 161st row
    assertEquals(List.of("160", "131"),
        refused(f, new ReadLimits(256, 1000, 40, 100), "unreadable.tooManyBlankRows"));
    SheetCells.require(f, new ReadLimits(256, 1000, 50, 100));
  }

  @Test
  @DisplayName(".xlsx 的共享字符串也在载入前先数：几个单元格配上百万个字符串，同样无法读取")
  void sharedStringsAreCountedBeforeTheWorkbookLoads() throws Exception {
    Path plain = dir.resolve("原表.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(plain)) {
      wb.createSheet("表").createRow(0).createCell(0).setCellValue("三级指标");
      wb.write(out);
    }
    Path f = dir.resolve("字符串很多.xlsx");
    try (var in = new java.util.zip.ZipFile(plain.toFile());
        var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
      for (var e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        if (e.getName().equals("xl/sharedStrings.xml")) {
          StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/"
              + "spreadsheetml/2006/main\" count=\"400\" uniqueCount=\"400\">");
          for (int k = 0; k < 400; k++) {
            xml.append("<si><t>").append(k == 0 ? "三级指标" : "字" + k).append("</t></si>");
          }
          out.write(xml.append("</sst>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else {
          in.getInputStream(e).transferTo(out);
        }
        out.closeEntry();
      }
    }
    org.junit.jupiter.api.Assertions.assertThrows(UnreadableException.class,
        () -> SheetCells.require(f, new ReadLimits(256, 399)));
    SheetCells.require(f, new ReadLimits(256, 400));
    SheetCells.require(plain, new ReadLimits(256, 1));
  }
}
