package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;

/** Broken, hostile or mislabelled files become one clear reason each, and never a crash. */
class BadInputTest {

  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);
  @TempDir Path dir;

  private String reason(Path file) {
    IngestResult r = INGESTOR.read(file, file.getFileName().toString());
    return assertInstanceOf(IngestResult.Unreadable.class, r, "should be unreadable").reasonKey();
  }

  @Test
  void garbageNamedDocx() throws Exception {
    Path f = dir.resolve("乱码.docx");
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);
    Files.write(f, junk);
    assertEquals("unreadable.notOffice", reason(f));
  }

  @Test
  void corruptZip() throws Exception {
    Path f = dir.resolve("损坏.xlsx");
    Files.write(f, "PK\u0003\u0004 this zip stops here".getBytes(StandardCharsets.ISO_8859_1));
    assertTrue(reason(f).startsWith("unreadable."));
  }

  @Test
  @org.junit.jupiter.api.DisplayName("CSV 读不下去时说第几行、哪里不对，用中文，不把程序库的英文原话搬给审核人员")
  void aMalformedCsvIsExplainedInItsOwnWords() throws Exception {
    Path f = dir.resolve("引号后有字.csv");
    Files.writeString(f, "一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,\"培训\"人次,≥20人次\n");
    IngestResult.Unreadable u = assertInstanceOf(IngestResult.Unreadable.class,
        INGESTOR.read(f, f.getFileName().toString()));
    assertEquals("unreadable.csv.afterQuote", u.reasonKey());
    assertEquals(List.of("2"), u.reasonArgs());
  }

  /** A .docx's package parts, left open at word/document.xml for the test to write. */
  private static ZipOutputStream docx(Path f) throws java.io.IOException {
    ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(f));
    zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
    zip.write(("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
        + "relationships+xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "</Types>").getBytes(StandardCharsets.UTF_8));
    zip.putNextEntry(new ZipEntry("_rels/.rels"));
    zip.write(("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        + "relationships\"><Relationship Id=\"r1\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "</Relationships>").getBytes(StandardCharsets.UTF_8));
    zip.putNextEntry(new ZipEntry("word/document.xml"));
    return zip;
  }

  @Test
  void zipBomb() throws Exception {
    Path f = dir.resolve("炸弹.docx");
    try (ZipOutputStream zip = docx(f)) {
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 60; i++) {
        zip.write(zeros);
      }
    }
    // Refused from the zip directory, without inflating 60 MB.
    assertEquals("unreadable.zipBomb", reason(f));
  }

  @Test
  void a_document_of_one_run_per_character_is_no_zip_bomb() throws Exception {
    // Text pasted from a web page: every character a run of its own with the same formatting,
    // 8 MB of XML that deflates some 180 times, where a zip bomb deflates a thousand times.
    Path f = dir.resolve("逐字排版.docx");
    StringBuilder body = new StringBuilder();
    String text = "本项目用于全县农村公路日常养护，".repeat(6000);
    for (char c : text.toCharArray()) {
      body.append("<w:r><w:rPr><w:rFonts w:hint=\"eastAsia\"/><w:sz w:val=\"21\"/></w:rPr><w:t>")
          .append(c).append("</w:t></w:r>");
    }
    try (ZipOutputStream zip = docx(f)) {
      zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
          + "main\"><w:body><w:p><w:r><w:t>2026年度项目支出绩效目标表</w:t></w:r></w:p><w:p>" + body
          + "</w:p></w:body></w:document>").getBytes(StandardCharsets.UTF_8));
    }
    IngestResult r = INGESTOR.read(f, f.getFileName().toString());
    assertInstanceOf(IngestResult.Read.class, r, () -> r.toString());
  }

  @Test
  void a_json_of_more_rows_than_the_limit_is_refused_before_it_is_built() throws Exception {
    // The row limit holds for the canonical JSON too: counted while the text streams past (two
    // tables and three indicators below; a history entry is no row).
    Path f = dir.resolve("三万行.json");
    StringBuilder b = new StringBuilder("{\"title\": \"2026年度项目绩效目标表\", \"tables\": [");
    for (int i = 0; i < ReadLimits.current().maxRows() + 1; i++) {
      b.append(i == 0 ? "" : ",").append("{\"indicators\": [{\"name\": \"受益户数\", \"value\": \"≥")
          .append(i).append("户\", \"locations\": {\"value\": {\"line\": 1}}}]}");
    }
    Files.writeString(f, b.append("]}").toString());
    assertEquals("unreadable.tooManyRows", reason(f));
    assertEquals(5, CanonicalJson.rowsIn("{\"tables\": [{\"indicators\": [{}, {\"history\": [{}]}]},"
        + " {\"indicators\": [{}]}]}"));
  }

  @Test
  void a_pdf_that_forbids_copying_its_text_says_so_not_that_it_has_a_password() throws Exception {
    Path f = dir.resolve("禁止复制.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      org.apache.pdfbox.pdmodel.encryption.AccessPermission may =
          new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
      may.setCanExtractContent(false);
      org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy policy =
          new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("作者", "", may);
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(f.toFile());
    }
    assertEquals("unreadable.pdf.copyProtected", reason(f));
  }

  /** A one-cell .xlsx written by POI. */
  private static void workbook(Path f) throws java.io.IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      wb.createSheet("表").createRow(0).createCell(0).setCellValue("三级指标");
      wb.write(out);
    }
  }

  @Test
  void a_workbook_renamed_docx_is_named_for_what_it_is() throws Exception {
    Path f = dir.resolve("其实是表格.docx");
    workbook(f);
    assertEquals("unreadable.otherOffice", reason(f));
    Path g = dir.resolve("其实是文档.xlsx");
    try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
        OutputStream out = Files.newOutputStream(g)) {
      doc.createParagraph().createRun().setText("绩效目标表");
      doc.write(out);
    }
    assertEquals("unreadable.otherOffice", reason(g));
  }

  @Test
  void a_table_framed_by_a_one_column_table_is_read_as_a_table() throws Exception {
    // Word users frame a page with a one-cell table; the form's own table stands inside it.
    Path f = dir.resolve("套了边框.docx");
    String cell = "<w:tc><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:tc>";
    StringBuilder inner = new StringBuilder("<w:tbl>");
    for (String[] r : new String[][] {{"一级指标", "二级指标", "三级指标", "指标值"},
        {"产出指标", "数量指标", "新建村道长度", "≥3公里"},
        {"满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"}}) {
      inner.append("<w:tr>");
      for (String c : r) {
        inner.append(String.format(cell, c));
      }
      inner.append("</w:tr>");
    }
    inner.append("</w:tbl>");
    try (ZipOutputStream zip = docx(f)) {
      zip.write(("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
          + "main\"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>2026年度项目支出绩效目标表</w:t></w:r>"
          + "</w:p>" + inner + "<w:p/></w:tc></w:tr></w:tbl></w:body></w:document>")
          .getBytes(StandardCharsets.UTF_8));
    }
    IngestResult r = INGESTOR.read(f, f.getFileName().toString());
    var read = assertInstanceOf(IngestResult.Read.class, r, () -> r.toString()).submission();
    assertEquals(1, read.tables().size(), read.toString());
    assertEquals(java.util.List.of("新建村道长度", "群众满意度"), read.tables().get(0).indicators()
        .stream().map(org.jxlint.model.Indicator::name).toList());
  }

  @Test
  void a_stray_cell_far_right_of_the_table_is_said_not_fatal() throws Exception {
    Path f = dir.resolve("远处一格.xlsx");
    writeFar(f, 1);
    IngestResult r = INGESTOR.read(f, f.getFileName().toString());
    var read = assertInstanceOf(IngestResult.Read.class, r, () -> r.toString()).submission();
    assertEquals(1, read.tables().get(0).indicators().size());
    assertEquals(java.util.List.of("far-cell"), read.readingNotes().stream()
        .map(org.jxlint.model.ReadingNote::kind).toList());
    Path g = dir.resolve("远处一片.xlsx");
    writeFar(g, 4);
    assertEquals("unreadable.tooWide", reason(g), "rows of text out there are no form");
  }

  /** A one-indicator table with text in {@code n} rows at column KN (300), beyond the limit. */
  private static void writeFar(Path f, int n) throws java.io.IOException {
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        OutputStream out = Files.newOutputStream(f)) {
      var sheet = wb.createSheet("表");
      String[][] rows = {{"一级指标", "二级指标", "三级指标", "指标值"},
          {"产出指标", "数量指标", "新建村道长度", "≥3公里"}};
      for (int r = 0; r < 4; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; r < rows.length && c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
        if (r < n) {
          row.createCell(299).setCellValue("备用");
        }
      }
      wb.write(out);
    }
  }

  @Test
  void a_web_page_saved_as_pdf_is_named_a_web_page() throws Exception {
    Path f = Files.writeString(dir.resolve("导出的报表.pdf"),
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><table><tr><td>三级指标"
            + "</td></tr></table></body></html>");
    assertEquals("unreadable.htmlAsPdf", reason(f));
  }

  @Test
  void a_single_file_web_page_saved_as_doc_is_named_a_web_page() throws Exception {
    // Word's “单个文件网页” (.mht) renamed .doc: mail-style headers, then the page as a part.
    Path f = Files.writeString(dir.resolve("网页另存.doc"), "MIME-Version: 1.0\r\n"
        + "Content-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n"
        + "------=_NextPart_01\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n"
        + "<html><body><p>绩效目标表</p></body></html>\r\n------=_NextPart_01--\r\n");
    assertEquals("unreadable.html", reason(f));
  }

  @Test
  void passwordProtectedWorkbookAndDocument() throws Exception {
    Path plainXlsx = dir.resolve("plain.xlsx");
    workbook(plainXlsx);
    Path plainDocx = dir.resolve("plain.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(plainDocx)) {
      doc.createParagraph().createRun().setText("绩效目标");
      doc.write(out);
    }
    assertEquals("unreadable.encrypted", reason(encrypt(plainXlsx, dir.resolve("加密.xlsx"))));
    assertEquals("unreadable.encrypted", reason(encrypt(plainDocx, dir.resolve("加密.docx"))));
  }

  /** What Office's “用密码进行加密” writes: the package encrypted inside an OLE2 container. */
  private static Path encrypt(Path plain, Path target) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("审核");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        Files.copy(plain, data);
      }
      try (OutputStream out = Files.newOutputStream(target)) {
        fs.writeFilesystem(out);
      }
    }
    return target;
  }

  @Test
  void emptyFile() throws Exception {
    Path f = dir.resolve("空.pdf");
    Files.write(f, new byte[0]);
    assertEquals("unreadable.empty", reason(f));
  }

  @Test
  void binaryNamedTxt() throws Exception {
    Path f = dir.resolve("图片.txt");
    Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertEquals("unreadable.binary", reason(f));
  }

  @Test
  void xlsRenamedXlsxIsStillRead() throws Exception {
    Path f = dir.resolve("旧表.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
      var sheet = wb.createSheet("表");
      String[] header = {"一级指标", "二级指标", "三级指标", "指标值"};
      String[] row = {"产出指标", "数量指标", "培训人次", "≥100人次"};
      for (int c = 0; c < 4; c++) {
        sheet.createRow(0).createCell(c);
      }
      var h = sheet.getRow(0);
      var r = sheet.createRow(1);
      for (int c = 0; c < 4; c++) {
        h.createCell(c).setCellValue(header[c]);
        r.createCell(c).setCellValue(row[c]);
      }
      wb.write(out);
    }
    IngestResult result = INGESTOR.read(f, "旧表.xlsx");
    var read = assertInstanceOf(IngestResult.Read.class, result);
    assertEquals(1, read.submission().tables().get(0).indicators().size());
  }

  @Test
  void wordWithoutTableReadsAsProse() throws Exception {
    Path f = dir.resolve("说明.docx");
    try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
      doc.createParagraph().createRun().setText("关于2026年预算的说明");
      doc.write(out);
    }
    var read = assertInstanceOf(IngestResult.Read.class, INGESTOR.read(f, "说明.docx"));
    assertTrue(read.submission().tables().isEmpty());
  }
}
