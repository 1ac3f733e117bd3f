package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Submission;

/** Worksheets as Excel keeps them: hidden ones, and a workbook whose sheet part went missing. */
class WorkbookSheetsTest {

  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  private static final String[][] TABLE = {
    {"一级指标", "二级指标", "三级指标", "指标值"},
    {"产出指标", "数量指标", "培训人次", "≥100人次"},
    {"产出指标", "质量指标", "培训合格率", "≥95%"},
    {"效益指标", "社会效益指标", "带动就业人数", "≥20人"},
    {"满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"}};
  /** What templates keep in a hidden sheet: the lists behind their drop-downs. */
  private static final String[][] LISTS = {
    {"产出指标", "数量指标"}, {"效益指标", "质量指标"}, {"满意度指标", "时效指标"},
    {"", "成本指标"}, {"", "经济效益指标"}, {"", "社会效益指标"}, {"", "服务对象满意度指标"}};

  @TempDir Path dir;

  private static void fill(Sheet sheet, String[][] rows) {
    for (int r = 0; r < rows.length; r++) {
      var row = sheet.createRow(r);
      for (int c = 0; c < rows[r].length; c++) {
        row.createCell(c).setCellValue(rows[r][c]);
      }
    }
  }

  private Path write(String name, Workbook wb) throws Exception {
    Path f = dir.resolve(name);
    try (wb; OutputStream out = Files.newOutputStream(f)) {
      wb.write(out);
    }
    return f;
  }

  private static Submission read(Path f) {
    IngestResult r = INGESTOR.read(f, f.getFileName().toString());
    return assertInstanceOf(IngestResult.Read.class, r, () -> r.toString()).submission();
  }

  private static int indicators(Submission s) {
    return s.tables().stream().mapToInt(t -> t.indicators().size()).sum();
  }

  private static List<String> kinds(Submission s) {
    return s.readingNotes().stream().map(ReadingNote::kind).toList();
  }

  @Test
  @DisplayName("只放在隐藏工作表里的指标表照样读取、检查，并提示它是隐藏的（.xlsx 和 .xls）")
  void aTableOnlyInAHiddenSheetIsRead() throws Exception {
    for (Workbook wb : List.<Workbook>of(new XSSFWorkbook(), new HSSFWorkbook())) {
      boolean xlsx = wb instanceof XSSFWorkbook;
      wb.createSheet("封面").createRow(0).createCell(0).setCellValue("2026年项目支出绩效目标申报表");
      fill(wb.createSheet("绩效目标"), TABLE);
      wb.setSheetVisibility(1, xlsx ? SheetVisibility.VERY_HIDDEN : SheetVisibility.HIDDEN);
      Submission s = read(write(xlsx ? "隐藏.xlsx" : "隐藏.xls", wb));
      assertEquals(4, indicators(s));
      ReadingNote note = s.readingNotes().stream()
          .filter(n -> n.kind().equals(ReadingNote.HIDDEN_SHEET)).findFirst().orElseThrow();
      assertEquals("绩效目标", note.subject());
      assertEquals(1, TestSupport.lint("reading-hidden-sheet", s).size());
    }
  }

  @Test
  @DisplayName("可见的表里已有指标时，模板隐藏的下拉列表不读（只提示），读到的指标不变")
  void hiddenDropDownListsBesideATableAreLeftUnread() throws Exception {
    XSSFWorkbook plain = new XSSFWorkbook();
    fill(plain.createSheet("绩效目标"), TABLE);
    Submission without = read(write("无隐藏.xlsx", plain));

    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("绩效目标"), TABLE);
    fill(wb.createSheet("下拉列表"), LISTS);
    wb.setSheetHidden(1, true);
    Submission with = read(write("下拉列表.xlsx", wb));

    assertEquals(without.tables(), with.tables());
    assertEquals(List.of(ReadingNote.HIDDEN_SHEET_UNREAD), kinds(with));
    // empty-value is an alias: the rules split from it, each run alone
    assertEquals(TestSupport.REGISTRY.resolve("empty-value").stream()
        .flatMap(id -> TestSupport.lint(id, without).stream()).toList(),
        TestSupport.REGISTRY.resolve("empty-value").stream()
        .flatMap(id -> TestSupport.lint(id, with).stream()).toList(), "no empty table of lists");
    assertEquals(1, TestSupport.lint("reading-hidden-sheet", with).size());
  }

  @Test
  @DisplayName("第二个工作表从一级指标名称开始（按内容认的表）：读取有尽头，不卡住")
  void aContentTableOpeningASheetEnds() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("绩效目标"), TABLE);
    fill(wb.createSheet("下拉列表"), LISTS); // visible: read as a table found by its content
    Submission s = read(write("两个表.xlsx", wb));
    assertEquals(2, s.tables().size(), "the list sheet is a second table, read to its end");
  }

  /** The workbook with the zip entries that match dropped. */
  private Path without(Path source, String name, Predicate<String> drop) throws Exception {
    Path f = dir.resolve(name);
    try (ZipFile in = new ZipFile(source.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(f))) {
      for (ZipEntry e : Collections.list(in.entries())) {
        if (drop.test(e.getName())) {
          continue;
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream data = in.getInputStream(e)) {
          data.transferTo(out);
        }
      }
    }
    return f;
  }

  @Test
  @DisplayName("工作表的部件丢了的 .xlsx 是损坏的文件，不是一张空表")
  void aMissingSheetPartIsDamage() throws Exception {
    XSSFWorkbook wb = new XSSFWorkbook();
    fill(wb.createSheet("绩效目标"), TABLE);
    Path whole = write("完整.xlsx", wb);
    assertEquals(4, indicators(read(whole)));
    Path broken = without(whole, "缺工作表.xlsx", n -> n.startsWith("xl/worksheets/"));
    IngestResult r = INGESTOR.read(broken, "缺工作表.xlsx");
    IngestResult.Unreadable u = assertInstanceOf(IngestResult.Unreadable.class, r,
        () -> r.toString());
    assertEquals("unreadable.missingSheet", u.reasonKey());
    assertEquals(List.of("绩效目标"), u.reasonArgs());
    Path noStrings = without(whole, "缺共享字符串.xlsx", n -> n.equals("xl/sharedStrings.xml"));
    IngestResult r2 = INGESTOR.read(noStrings, "缺共享字符串.xlsx");
    assertTrue(r2 instanceof IngestResult.Unreadable, r2.toString());
  }
}
