package org.jxlint.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Word documents made for tests from their body XML: the least of a package Word opens. */
public final class DocxFiles {

  static final String W_NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

  private static final String SPAN2 = "<w:gridSpan w:val=\"2\"/>";
  private static final String SPAN3 = "<w:gridSpan w:val=\"3\"/>";
  private static final String RESTART = "<w:vMerge w:val=\"restart\"/>";
  private static final String CONTINUE = "<w:vMerge/>";

  /**
   * A project's form: a title, a header table in a content control (spanned and skipped columns,
   * a table nested in a cell), a table in a text box, a passage, and the indicator table with
   * merged labels — one target left blank, one vague, no cost indicator.
   */
  public static final String SAMPLE = p("青石乡2026年村道修缮项目绩效目标表")
      + "<w:sdt><w:sdtContent>" + tbl(
          tr(tc("", "项目名称"), tc(SPAN3, "青石乡村道修缮"), tc("", "末")),
          tr("<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>", tc("", "主管部门"),
              tc(SPAN2, "青石乡人民政府", tbl(tr(tc("", "内嵌"))), "（盖章）")))
      + "</w:sdtContent></w:sdt>"
      + "<w:p><w:r><w:pict><w:txbxContent>" + tbl(tr(tc("", "文本框里的表"))) + p("框")
      + "</w:txbxContent></w:pict></w:r></w:p>"
      + p("绩效目标：全年修缮村道 12 公里，群众满意度达到90%以上。")
      + tbl(
          tr(tc("", "一级指标"), tc("", "二级指标"), tc("", "三级指标"), tc(SPAN2, "指标值"),
              tc("", "备注")),
          tr(tc(RESTART, "产出指标"), tc(RESTART, "数量指标"), tc("", "修缮村道长度"),
              tc(SPAN2, "≥12公里"), tc("", "")),
          tr(tc(CONTINUE), tc(CONTINUE), tc("", "修缮桥涵座数"), tc(SPAN2, ""), tc("", "")),
          tr(tc("<w:vMerge w:val=\"continue\"/>"), tc("", "质量指标"), tc("", "验收合格率"),
              tc(SPAN2, "≥95%"), tc("", "")),
          tr(tc("", "效益指标"), tc("", "社会效益指标"), tc("", "受益群众人数"),
              tc(SPAN2, "效果明显"), tc("", "")),
          tr(tc("", "满意度指标"), tc("", "服务对象满意度指标"), tc("", "群众满意度"),
              tc(SPAN2, "≥90%"), tc("", "")));

  private DocxFiles() {}

  /** The document.xml of a body. */
  static String document(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + W_NS
        + "><w:body>" + body + "<w:sectPr/></w:body></w:document>";
  }

  /** A paragraph of one run. */
  public static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  /** A cell of paragraphs; {@code pr} is its tcPr content (gridSpan, vMerge), blank for none. */
  public static String tc(String pr, String... lines) {
    StringBuilder b = new StringBuilder("<w:tc>");
    if (!pr.isEmpty()) {
      b.append("<w:tcPr>").append(pr).append("</w:tcPr>");
    }
    for (String line : lines.length == 0 ? new String[] {""} : lines) {
      b.append(line.startsWith("<") ? line : p(line));
    }
    return b.append("</w:tc>").toString();
  }

  public static String tr(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  public static String tbl(String... rows) {
    return "<w:tbl><w:tblPr><w:tblBorders><w:top w:val=\"single\"/><w:left w:val=\"single\"/>"
        + "<w:bottom w:val=\"single\"/><w:right w:val=\"single\"/><w:insideH w:val=\"single\"/>"
        + "<w:insideV w:val=\"single\"/></w:tblBorders></w:tblPr>" + String.join("", rows)
        + "</w:tbl>";
  }

  /** Writes a .docx with this body. */
  public static void write(Path file, String body) throws IOException {
    Map<String, String> parts = new java.util.LinkedHashMap<>();
    parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension="
        + "\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
        + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
        + "wordprocessingml.document.main+xml\"/></Types>");
    parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
        + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id="
        + "\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    parts.put("word/document.xml", document(body));
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip =
        new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
  }
}
