package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jxlint.report.DocxFiles.p;
import static org.jxlint.report.DocxFiles.tbl;
import static org.jxlint.report.DocxFiles.tc;
import static org.jxlint.report.DocxFiles.tr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.bench.Forms;
import org.jxlint.i18n.Messages;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextLayout;
import org.jxlint.report.DocxFiles;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code --annotate}: each Word and Excel file of a batch comes back as a copy with the review in
 * it, opened again here with POI — one comment (Word) or one note paragraph (Excel) per finding,
 * on the cell the finding names, in the bundle's words — and every other file in the list; the
 * uploaded files are left byte for byte as they were.
 */
class AnnotateTest {

  private static final Messages ZH = Messages.forLanguage("zh");
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @TempDir static Path temp;
  private static Path uploads;
  private static Path out;
  private static Map<String, byte[]> before;
  private static Map<String, JsonNode> report;
  private static InProcess run;

  static RawDocument layout(String name) throws Exception {
    Path text = TestSupport.ROOT.resolve("fixtures/layouts/" + name + "/" + name + ".txt");
    return TextLayout.read(Charsets.decode(Files.readAllBytes(text)));
  }

  /** A batch of every kind: Word and Excel forms, and files that cannot carry comments. */
  static void makeUploads(Path dir) throws Exception {
    Files.createDirectories(dir);
    DocxFiles.write(dir.resolve("青石乡-村道修缮.docx"), DocxFiles.SAMPLE);
    RawDocument qinghe = layout("hubei-department");
    Forms.docx(qinghe, dir.resolve("清河镇-部门整体.docx"));
    Forms.xlsx(qinghe, dir.resolve("清河镇-部门整体.xlsx"));
    RawDocument tabRows = layout("hunan-tab-rows");
    Forms.xlsx(tabRows, dir.resolve("桃源村-项目.xlsx"));
    Forms.docx(layout("approval-tree"), dir.resolve("审批树-项目.docx"));
    Forms.docx(layout("hunan-narrative"), dir.resolve("文字目标-项目.docx"));
    // the project's name and an empty unit field in paragraphs, not cells: the field left
    // blank has no cell to go to
    DocxFiles.write(dir.resolve("白沙镇-环境整治.docx"), p("白沙镇2026年农村环境整治项目绩效目标表")
        + p("填报单位（盖章）：") + p("项目名称：白沙镇农村环境整治")
        + p("年度绩效目标：完成全镇12个村的垃圾收运体系建设，村庄环境明显改善。")
        + tbl(tr(tc("", "一级指标"), tc("", "二级指标"), tc("", "三级指标"), tc("", "指标值")),
            tr(tc("", "产出指标"), tc("", "数量指标"), tc("", "垃圾收运覆盖村数"), tc("", "≥12个")),
            tr(tc("", "产出指标"), tc("", "时效指标"), tc("", "完成时间"), tc("", "2026年12月底前")),
            tr(tc("", "效益指标"), tc("", "社会效益指标"), tc("", "村庄环境改善"), tc("", "明显改善")),
            tr(tc("", "满意度指标"), tc("", "服务对象满意度指标"), tc("", "群众满意度"), tc("", "≥90%"))));
    Forms.csvGbk(tabRows, dir.resolve("桃源村-项目.csv"));
    Files.copy(TestSupport.ROOT.resolve("fixtures/examples/青山镇-2026-部门整体.json"),
        dir.resolve("青山镇-2026-部门整体.json"));
    Files.copy(TestSupport.ROOT.resolve("fixtures/layouts/hubei-department/hubei-department.xls"),
        dir.resolve("清河镇-旧版.xls"));
    Files.writeString(dir.resolve("坏的.docx"), "这不是 Word 文件");
  }

  @BeforeAll
  static void annotateABatch() throws Exception {
    uploads = temp.resolve("上传");
    out = temp.resolve("审核");
    makeUploads(uploads);
    before = contents(uploads);
    Path json = temp.resolve("report.json");
    run = InProcess.run("check", uploads.toString(), "--annotate", out.toString(), "--format",
        "json:" + json, "--fail-on", "never");
    report = new HashMap<>();
    new ObjectMapper().readTree(json.toFile()).path("files")
        .forEach(f -> report.put(Path.of(f.path("path").asText()).getFileName().toString(), f));
  }

  private static Map<String, byte[]> contents(Path dir) throws Exception {
    Map<String, byte[]> digests = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        digests.put(f.getFileName().toString(),
            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
      }
    }
    return digests;
  }

  /** The findings that go back to the unit: neither waived nor in a baseline. */
  private static List<JsonNode> active(String file) {
    JsonNode entry = report.get(file);
    assertNotNull(entry, file + " is in the report");
    List<JsonNode> out = new ArrayList<>();
    entry.path("findings").forEach(f -> {
      if (f.path("waived").isNull() && !f.path("baseline").asBoolean()) {
        out.add(f);
      }
    });
    return out;
  }

  private static String tag(JsonNode f) {
    return ZH.get("review.tag", ZH.get("severity." + f.path("severity").asText()));
  }

  @Test
  @DisplayName("上传的文件一个字节都没有变，批注副本和清单写在另一个目录里")
  void the_uploads_are_left_as_they_were() throws Exception {
    assertEquals(0, run.exit(), run.stderr());
    Map<String, byte[]> after = contents(uploads);
    assertEquals(before.keySet(), after.keySet(), "nothing added to or taken from the upload");
    for (String name : before.keySet()) {
      assertArrayEquals(before.get(name), after.get(name), name + " is unchanged");
    }
    assertEquals(Set.of("青石乡-村道修缮.审核.docx", "清河镇-部门整体.审核.docx", "审批树-项目.审核.docx",
        "文字目标-项目.审核.docx", "白沙镇-环境整治.审核.docx", "清河镇-部门整体.审核.xlsx", "桃源村-项目.审核.xlsx", "审核问题清单.xlsx"),
        contents(out).keySet());
    assertTrue(run.stderr().contains(ZH.get("annotate.doneListed", out, 7, 4,
        ZH.get("annotate.listName"))), run.stderr());
  }

  @Test
  @DisplayName("Word：每个问题一条批注，落在它指出的单元格上，用的是资源包里的话；开头一条写明等级")
  void every_word_finding_is_one_comment_on_its_cell() throws Exception {
    int findings = 0;
    int away = 0;
    for (String name : List.of("青石乡-村道修缮", "清河镇-部门整体", "审批树-项目", "文字目标-项目",
        "白沙镇-环境整治")) {
      List<JsonNode> active = active(name + ".docx");
      findings += active.size();
      try (InputStream in = Files.newInputStream(out.resolve(name + ".审核.docx"));
          XWPFDocument doc = new XWPFDocument(in)) {
        Map<String, List<String>> comments = new LinkedHashMap<>();
        for (XWPFComment c : doc.getDocComments().getComments()) {
          assertEquals(ZH.get("annotate.author"), c.getAuthor());
          comments.put(c.getId(), c.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        }
        Map<String, Anchor> anchors = anchors(doc);
        assertEquals(active.size() + 1, comments.size(), name + ": a comment a finding, and one more");
        assertEquals(comments.keySet(), anchors.keySet(), name + ": every comment is anchored");
        String first = comments.keySet().iterator().next();
        assertTrue(comments.get(first).get(0).startsWith(ZH.get("annotate.summary.head", "")),
            name + " opens with the summary: " + comments.get(first));
        assertFalse(anchors.get(first).inTable() && name.equals("青石乡-村道修缮"),
            "the summary is on the title");
        Set<String> used = new HashSet<>(Set.of(first));
        for (JsonNode f : active) {
          String id = matching(f, comments, anchors, used);
          assertNotNull(id, name + ": no comment for " + f);
          used.add(id);
          away += anchors.get(id).inTable() ? 0 : 1;
        }
      }
    }
    assertTrue(findings >= 12, "enough findings to show anything: " + findings);
    assertTrue(away >= 1, "findings outside the tables, at their passage or the title: " + away);
  }

  /**
   * Where a comment's range starts: the text of its cell (or paragraph), and for a cell its table
   * (top-level tables in body order), row, first grid column and width, worked out here from the
   * XML on its own.
   */
  record Anchor(String text, boolean inTable, int table, int row, int column, int span,
      boolean merged) {
    boolean covers(int t, int r, int c) {
      return t == table && c >= column && c < column + span && (r == row || merged && r > row);
    }
  }

  private static Map<String, Anchor> anchors(XWPFDocument doc) {
    Element body = (Element) doc.getDocument().getBody().getDomNode();
    List<Node> tables = new ArrayList<>();
    NodeList all = body.getElementsByTagNameNS(W, "tbl");
    for (int i = 0; i < all.getLength(); i++) {
      if (up(all.item(i).getParentNode(), "tbl") == null
          && up(all.item(i).getParentNode(), "p") == null) {
        tables.add(all.item(i));
      }
    }
    Map<String, Anchor> out = new HashMap<>();
    NodeList starts = body.getElementsByTagNameNS(W, "commentRangeStart");
    for (int i = 0; i < starts.getLength(); i++) {
      Element start = (Element) starts.item(i);
      String id = start.getAttributeNS(W, "id");
      Element tc = (Element) up(start, "tc");
      if (tc == null) {
        out.put(id, new Anchor(text((Element) start.getParentNode()), false, 0, 0, 0, 0, false));
        continue;
      }
      Element tr = (Element) up(tc, "tr");
      Node tbl = up(tr, "tbl");
      int row = 0;
      NodeList trs = ((Element) tbl).getElementsByTagNameNS(W, "tr");
      for (int r = 0; r < trs.getLength() && trs.item(r) != tr; r++) {
        row += up(trs.item(r).getParentNode(), "tbl") == tbl ? 1 : 0;
      }
      int column = 1 + attribute(tr, "gridBefore");
      NodeList tcs = tr.getElementsByTagNameNS(W, "tc");
      for (int c = 0; c < tcs.getLength() && tcs.item(c) != tc; c++) {
        if (up(tcs.item(c).getParentNode(), "tc") == null) {
          column += Math.max(1, attribute((Element) tcs.item(c), "gridSpan"));
        }
      }
      out.put(id, new Anchor(text(tc), true, tables.indexOf(tbl) + 1, row + 1, column,
          Math.max(1, attribute(tc, "gridSpan")),
          tc.getElementsByTagNameNS(W, "vMerge").getLength() > 0));
    }
    return out;
  }

  /** The value of the first such element inside (gridSpan of a cell, gridBefore of a row). */
  private static int attribute(Element e, String name) {
    NodeList found = e.getElementsByTagNameNS(W, name);
    return found.getLength() == 0 ? 0
        : Integer.parseInt(((Element) found.item(0)).getAttributeNS(W, "val"));
  }

  private static Node up(Node n, String name) {
    for (; n != null && !"body".equals(n.getLocalName()); n = n.getParentNode()) {
      if (name.equals(n.getLocalName())) {
        return n;
      }
    }
    return null;
  }

  private static String text(Element e) {
    StringBuilder b = new StringBuilder();
    NodeList ts = e.getElementsByTagNameNS(W, "t");
    for (int i = 0; i < ts.getLength(); i++) {
      Node t = ts.item(i);
      if (t.getFirstChild() != null) {
        b.append(t.getFirstChild().getNodeValue());
      }
    }
    return b.toString();
  }

  /**
   * The comment saying this finding, at the place it names: its own cell (or the cell where its
   * vertical merge starts), a cell of its row, or — nothing located — outside the tables, led by
   * where it is.
   */
  private static String matching(JsonNode f, Map<String, List<String>> comments,
      Map<String, Anchor> anchors, Set<String> used) {
    String message = f.path("message").asText();
    String suggestion = f.path("suggestion").isNull() ? null : f.path("suggestion").asText();
    JsonNode l = f.path("location");
    boolean cell = l.has("column");
    for (Map.Entry<String, List<String>> c : comments.entrySet()) {
      List<String> lines = c.getValue();
      Anchor a = anchors.get(c.getKey());
      if (used.contains(c.getKey())) {
        continue;
      }
      boolean said = a.inTable() ? lines.get(0).equals(tag(f) + message)
          : lines.get(0).startsWith(tag(f)) && lines.get(0).endsWith(message);
      boolean fix = suggestion == null || lines.contains(ZH.get("report.fix")
          + ZH.get("report.colon") + suggestion);
      boolean placed = cell ? a.inTable() && a.covers(l.path("table").asInt(),
          l.path("row").asInt(), l.path("column").asInt())
          : l.has("table") ? a.inTable() && a.table() == l.path("table").asInt()
          && (a.row() == l.path("row").asInt() || a.merged() && a.row() < l.path("row").asInt())
          : !a.inTable();
      if (said && fix && placed) {
        return c.getKey();
      }
    }
    return null;
  }

  @Test
  @DisplayName("Excel：每个问题在它的单元格的批注里说一次（合并单元格在合并区域的第一格），开头一格写明等级")
  void every_excel_finding_is_said_once_in_the_note_of_its_cell() throws Exception {
    for (String name : List.of("清河镇-部门整体", "桃源村-项目")) {
      List<JsonNode> active = active(name + ".xlsx");
      try (InputStream in = Files.newInputStream(out.resolve(name + ".审核.xlsx"));
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        Map<String, List<String>> blocks = new LinkedHashMap<>(); // “sheet!A1#n” → lines
        String summary = null;
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
          XSSFSheet sheet = wb.getSheetAt(s);
          for (Map.Entry<CellAddress, XSSFComment> e : sheet.getCellComments().entrySet()) {
            assertEquals(ZH.get("annotate.author"), e.getValue().getAuthor());
            String[] parts = e.getValue().getString().getString().split("\n\n");
            for (int i = 0; i < parts.length; i++) {
              String key = sheet.getSheetName() + "!" + e.getKey() + "#" + i;
              blocks.put(key, List.of(parts[i].split("\n")));
              if (parts[i].startsWith(ZH.get("annotate.summary.head", ""))) {
                assertEquals(null, summary, "one summary");
                summary = key;
              }
            }
          }
        }
        assertNotNull(summary, name + " has its summary");
        assertEquals(active.size() + 1, blocks.size(),
            name + ": each finding is said once, with the summary: " + blocks);
        Set<String> used = new HashSet<>(Set.of(summary));
        for (JsonNode f : active) {
          String where = cellOf(wb, f);
          String found = null;
          for (Map.Entry<String, List<String>> b : blocks.entrySet()) {
            String cell = b.getKey().substring(0, b.getKey().indexOf('#'));
            boolean at = where != null ? cell.equals(where)
                : f.path("location").has("row") ? cell.matches(".*![A-Z]+"
                    + f.path("location").path("row").asInt()) : cell.equals(
                        summary.substring(0, summary.indexOf('#')));
            if (!used.contains(b.getKey()) && at && b.getValue().get(0).startsWith(tag(f))
                && b.getValue().get(0).endsWith(f.path("message").asText())) {
              found = b.getKey();
              break;
            }
          }
          assertNotNull(found, name + ": no note for " + f + " at " + where);
          used.add(found);
        }
      }
    }
  }

  /** “sheet!B7” of a finding on a cell, at the start of the merge it is in; null for no cell. */
  private static String cellOf(XSSFWorkbook wb, JsonNode f) {
    JsonNode l = f.path("location");
    if (!l.has("cell")) {
      return null;
    }
    XSSFSheet sheet = wb.getSheet(l.path("sheet").asText());
    CellAddress a = new CellAddress(l.path("cell").asText());
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.isInRange(a.getRow(), a.getColumn())) {
        a = new CellAddress(m.getFirstRow(), m.getFirstColumn());
      }
    }
    return sheet.getSheetName() + "!" + a;
  }

  @Test
  @DisplayName("不能加批注的文件（.doc/.xls、CSV、JSON、读不了的）列入审核问题清单：可筛选，表头冻结")
  void the_other_files_are_in_the_issue_list() throws Exception {
    try (InputStream in = Files.newInputStream(out.resolve("审核问题清单.xlsx"));
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      XSSFSheet issues = wb.getSheet(ZH.get("list.sheet.issues"));
      assertTrue(issues.getCTWorksheet().isSetAutoFilter(), "the list can be filtered");
      assertTrue(issues.getPaneInformation().isFreezePane(), "its header stays in view");
      Map<String, Integer> rows = new TreeMap<>();
      for (Row row : issues) {
        if (row.getRowNum() > 0) {
          rows.merge(Path.of(row.getCell(0).getStringCellValue()).getFileName().toString(), 1,
              Integer::sum);
        }
      }
      assertEquals(Set.of("桃源村-项目.csv", "青山镇-2026-部门整体.json", "清河镇-旧版.xls", "坏的.docx"),
          rows.keySet());
      for (String file : List.of("桃源村-项目.csv", "青山镇-2026-部门整体.json", "清河镇-旧版.xls")) {
        assertEquals(report.get(file).path("findings").size(), rows.get(file), file);
      }
      assertEquals(1, rows.get("坏的.docx"), "an unreadable file is one row, with its reason");
    }
  }

  @Test
  @DisplayName("原有的批注保留，jxlint 的批注编号接在后面；--lang en 用英文，副本名为 .reviewed.docx")
  void comments_already_there_are_kept_and_english_is_english() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("已有批注"));
    Path file = dir.resolve("村道.docx");
    DocxFiles.write(file, DocxFiles.SAMPLE);
    try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
      XWPFComment theirs = doc.createComments().createComment(BigInteger.valueOf(4));
      theirs.setAuthor("填报人");
      theirs.createParagraph().createRun().setText("单位自己的说明");
      var p = doc.getParagraphs().get(0).getCTP();
      p.addNewCommentRangeStart().setId(BigInteger.valueOf(4));
      p.addNewCommentRangeEnd().setId(BigInteger.valueOf(4));
      p.addNewR().addNewCommentReference().setId(BigInteger.valueOf(4));
      try (var o = Files.newOutputStream(file)) {
        doc.write(o);
      }
    }
    Path copies = temp.resolve("英文副本");
    InProcess en = InProcess.run("check", file.toString(), "--annotate", copies.toString(), "--lang", "en",
        "--fail-on", "never");
    assertEquals(0, en.exit(), en.stderr());
    try (InputStream in = Files.newInputStream(copies.resolve("村道.reviewed.docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      List<XWPFComment> all = doc.getDocComments().getComments();
      assertEquals("填报人", all.get(0).getAuthor());
      assertEquals("4", all.get(0).getId());
      Set<String> ids = new HashSet<>();
      for (XWPFComment c : all) {
        assertTrue(ids.add(c.getId()), "ids are unique");
      }
      assertEquals("5", all.get(1).getId());
      assertEquals("jxlint review", all.get(1).getAuthor());
      assertTrue(all.get(1).getParagraphs().get(0).getText().startsWith("jxlint review · Grade:"),
          all.get(1).getText());
      assertEquals(5, all.size(), "theirs, the summary and the three findings");
    }
  }

  @Test
  @DisplayName("恶意和损坏的文件也能加批注或列入清单：jxlint 不出错（没有退出码 3）")
  void hostile_files_are_annotated_or_listed_without_failing() throws Exception {
    Path copies = temp.resolve("恶意文件的副本");
    InProcess hostile = InProcess.run("check", "fixtures/hostile", "--annotate", copies.toString(),
        "--format", "json:" + temp.resolve("hostile.json"));
    assertEquals(1, hostile.exit(), hostile.stderr());
    assertFalse(hostile.stderr().contains(ZH.get("error.prefix")), hostile.stderr());
    assertTrue(Files.exists(copies.resolve("审核问题清单.xlsx")));
  }

  @Test
  @DisplayName("五份真实申报（../shared/seeds）做成 Word 和 Excel：每份都加上批注，每个问题一条")
  void the_seed_layouts_are_annotated_in_word_and_excel() throws Exception {
    Path seeds = TestSupport.ROOT.resolve("../shared/seeds").normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(seeds),
        "seeds not found at " + seeds);
    Path dir = Files.createDirectories(temp.resolve("seeds"));
    List<Path> texts;
    try (Stream<Path> files = Files.list(seeds)) {
      texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path text : texts) {
      RawDocument raw = TextLayout.read(Charsets.decode(Files.readAllBytes(text)));
      String stem = text.getFileName().toString().replace(".txt", "");
      Forms.docx(raw, dir.resolve(stem + ".docx"));
      Forms.xlsx(raw, dir.resolve(stem + ".xlsx"));
    }
    Path copies = temp.resolve("seed-copies");
    Path json = temp.resolve("seeds.json");
    InProcess seedRun = InProcess.run("check", dir.toString(), "--annotate", copies.toString(),
        "--format", "json:" + json, "--fail-on", "never");
    assertEquals(0, seedRun.exit(), seedRun.stderr());
    assertFalse(seedRun.stderr().contains(ZH.get("error.prefix")), seedRun.stderr());
    JsonNode files = new ObjectMapper().readTree(json.toFile()).path("files");
    assertEquals(texts.size() * 2, files.size());
    for (JsonNode f : files) {
      String name = Path.of(f.path("path").asText()).getFileName().toString();
      long active = 0;
      for (JsonNode finding : f.path("findings")) {
        active += finding.path("waived").isNull() && !finding.path("baseline").asBoolean() ? 1 : 0;
      }
      Path copy = copies.resolve(name.replaceFirst("\\.(docx|xlsx)$", ".审核.$1"));
      if (name.endsWith(".docx")) {
        try (InputStream in = Files.newInputStream(copy); XWPFDocument doc = new XWPFDocument(in)) {
          assertEquals(active + 1, doc.getDocComments().getComments().size(), name);
        }
      } else {
        try (InputStream in = Files.newInputStream(copy); XSSFWorkbook wb = new XSSFWorkbook(in)) {
          long blocks = 0;
          for (XSSFComment c : wb.getSheetAt(0).getCellComments().values()) {
            blocks += c.getString().getString().split("\n\n").length;
          }
          assertEquals(active + 1, blocks, name);
        }
      }
    }
  }

  @Test
  @DisplayName("批注副本的目录不能在被检查的目录里（下次会被当作申报文件读进来）")
  void copies_are_not_written_into_the_upload() throws Exception {
    InProcess inside = InProcess.run("check", uploads.toString(), "--annotate", uploads.resolve("审核").toString());
    assertEquals(2, inside.exit());
    assertTrue(inside.stderr().contains(ZH.get("error.annotateInside", uploads.resolve("审核"))),
        inside.stderr());
    assertFalse(Files.exists(uploads.resolve("审核")));
  }
}
