package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.i18n.Messages;

class JunitReportWriterTest {

  @Test
  @DisplayName("文件名里的换行、制表符写成字符引用，解析 JUnit 报告后原样读回，不变成空格")
  void a_name_with_a_newline_reads_back_as_written() throws Exception {
    String name = "上传/第一行\n第二行\t表.docx";
    FileReport r = new FileReport(name, null, null, null, null, "unreadable.corrupt",
        List.of("Word"), null, List.of(), null);
    StringWriter out = new StringWriter();
    JunitReportWriter w = new JunitReportWriter(new PrintWriter(out), Messages.forLanguage("zh"),
        FailOn.ERROR);
    Summary s = new Summary();
    w.begin();
    w.file(r);
    s.add(r);
    w.end(s, Gate.of(FailOn.ERROR));
    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    assertEquals(name, ((org.w3c.dom.Element) doc.getElementsByTagName("testcase").item(0))
        .getAttribute("name"));
  }
}
