package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

class ExcelNotesTest {

  private static final Messages ZH = Messages.forLanguage("zh");

  private static Finding at(String rule, String cell, String evidence) {
    return new Finding(rule, Severity.WARNING, "vague-benefit-value.vague",
        List.of("指标" + cell, evidence), List.of("效益指标", "社会效益指标", "指标" + cell), "value",
        evidence, new SourceLocation(null, null, null, null, "表", cell));
  }

  @Test
  @DisplayName("相邻的单元格各有问题（先右后左）：各得一条批注，合并单元格的批注在左上角，原文件不变")
  void neighbouring_cells_each_get_their_note(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("表.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet s = wb.createSheet("表");
      s.createRow(0).createCell(0).setCellValue("2026年项目绩效目标表");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
      for (int r = 1; r < 4; r++) {
        var row = s.createRow(r);
        for (int c = 0; c < 4; c++) {
          row.createCell(c).setCellValue("格" + r + c);
        }
      }
      s.addMergedRegion(new CellRangeAddress(1, 3, 0, 0));
      try (OutputStream o = Files.newOutputStream(source)) {
        wb.write(o);
      }
    }
    byte[] before = Files.readAllBytes(source);
    // D3 first, then C3 whose note box would start at D3; A3 is inside the merge A2:A4.
    List<Finding> findings = List.of(at("vague-benefit-value", "D3", "格23"),
        at("vague-benefit-value", "C3", "格22"), at("vague-benefit-value", "A3", "格21"),
        new Finding("missing-dimension", Severity.ERROR, "missing-dimension.missing",
            List.of("成本指标", "1"), List.of(), null, "", SourceLocation.NONE));
    FileReport report = new FileReport("表.xlsx", "excel", "甲", 2026, null, null, null,
        new FileReport.Contents(1, 3, 0, 0), findings, null);
    Path target = dir.resolve("表.审核.xlsx");
    new ExcelNotes(ZH).write(source, report, target);

    assertArrayEquals(before, Files.readAllBytes(source), "the source is only read");
    try (InputStream in = Files.newInputStream(target); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Map<CellAddress, XSSFComment> notes = wb.getSheetAt(0).getCellComments();
      assertEquals(List.of("A1", "A2", "C3", "D3"), notes.keySet().stream()
          .map(CellAddress::toString).sorted().toList());
      for (String cell : List.of("D3", "C3", "A2")) {
        String text = notes.get(new CellAddress(cell)).getString().getString();
        assertTrue(text.startsWith(ReviewText.tag(ZH, findings.get(0))), cell + ": " + text);
        assertEquals(ZH.get("annotate.author"), notes.get(new CellAddress(cell)).getAuthor());
      }
      assertTrue(notes.get(new CellAddress("D3")).getString().getString().contains("格23"));
      assertTrue(notes.get(new CellAddress("C3")).getString().getString().contains("格22"));
      String title = notes.get(new CellAddress("A1")).getString().getString();
      assertTrue(title.startsWith(ZH.get("annotate.summary.head", "")), title);
      assertTrue(title.contains(ZH.get("annotate.summary.away", 4, 1)), title);
      assertTrue(title.contains(Rendering.message(ZH, findings.get(3))), title);
    }
  }
}
