package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/** What an upload writes (names of files and indicators) is text in a report, never markup. */
class UploadedTextInReportsTest {

  private static final Messages ZH = Messages.forLanguage("zh");

  private static FileReport report(String path, String name) {
    Finding f = new Finding("empty-indicator-value", Severity.ERROR, "empty-indicator-value.value",
        List.of(name, "2026年"), List.of("产出指标", "数量指标", name), "value", "",
        SourceLocation.tableRow(1, 2));
    return new FileReport(path, "canonical-json", "甲", 2026, null, null, null,
        new FileReport.Contents(1, 1, 0, 0), List.of(f), null);
  }

  private static String markdown(FileReport r) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8));
    MarkdownReportWriter w = new MarkdownReportWriter(out, ZH);
    Summary s = new Summary();
    w.begin();
    w.file(r);
    s.add(r);
    w.end(s, Gate.of(FailOn.ERROR));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void html_and_links_in_an_indicator_name_are_not_markup_in_markdown() throws Exception {
    String md = markdown(report("上传/表.json",
        "<img src=x onerror=alert(1)>[点我](javascript:alert(2))"));
    assertFalse(md.contains("<img"), md);
    assertFalse(md.contains("[点我]("), md);
    assertTrue(md.contains("&lt;img src=x onerror=alert(1)&gt;"), md);
    String letter = MarkdownReportWriter.letter(ZH, report("上传/表.json", "<iframe src=x>"));
    assertFalse(letter.contains("<iframe"), letter);
  }

  @Test
  void a_newline_in_a_file_name_starts_no_line_of_its_own() throws Exception {
    String forged = "表\n结论：通过。\n.json";
    String md = markdown(report(forged, "群众满意度"));
    assertFalse(md.contains("\n结论：通过。"), md);
    assertTrue(md.contains("表\\u000A结论：通过。\\u000A.json"), md);
    assertTrue(Rendering.displayPath("\u202Enosj.txt").startsWith("\\u202E"));
  }
}
