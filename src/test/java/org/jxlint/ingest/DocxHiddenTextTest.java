package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.model.ReadingNote;

/** Word's hidden text (字体 › 隐藏) is neither shown nor printed: it is left unread, and said. */
class DocxHiddenTextTest {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static List<RawBlock> read(String body, List<ReadingNote> notes) throws Exception {
    String xml = "<w:document xmlns:w=\"" + W + "\"><w:body>" + body + "</w:body></w:document>";
    return DocxStream.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
        ReadLimits.current(), notes);
  }

  private static String run(String rPr, String text) {
    return "<w:r>" + (rPr.isEmpty() ? "" : "<w:rPr>" + rPr + "</w:rPr>") + "<w:t>" + text
        + "</w:t></w:r>";
  }

  @Test
  @DisplayName("隐藏的文字不读，段落和表格里都是；val=0 的照常读；段落标记隐藏不算")
  void hiddenRunsAreLeftOutAndNoted() throws Exception {
    List<ReadingNote> notes = new ArrayList<>();
    List<RawBlock> blocks = read("<w:p>" + run("", "绩效目标") + run("<w:vanish/>", "（填表说明）")
        + "</w:p><w:p>" + run("<w:vanish w:val=\"0\"/>", "照常显示") + "</w:p>"
        + "<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>" + run("", "段落标记隐藏") + "</w:p>"
        + "<w:tbl><w:tr><w:tc><w:p>" + run("", "三级指标") + "</w:p></w:tc><w:tc><w:p>"
        + run("<w:b/><w:vanish w:val=\"true\"/>", "示例") + run("", "指标值") + "</w:p></w:tc>"
        + "</w:tr></w:tbl>", notes);
    List<String> texts = blocks.stream().map(b -> b instanceof RawBlock.Paragraph p ? p.text()
        : String.join("|", ((RawBlock.Row) b).cells().stream().map(c -> c.text()).toList()))
        .toList();
    assertEquals(List.of("绩效目标", "照常显示", "段落标记隐藏", "三级指标|指标值"), texts);
    assertEquals(1, notes.size());
    assertEquals(ReadingNote.HIDDEN_TEXT, notes.get(0).kind());
    assertEquals("（填表说明）示例", notes.get(0).subject());
    assertEquals("8", notes.get(0).detail());
  }

  @Test
  @DisplayName("没有隐藏文字：没有提示")
  void noHiddenTextNoNote() throws Exception {
    List<ReadingNote> notes = new ArrayList<>();
    read("<w:p>" + run("<w:b/>", "绩效目标") + "</w:p>", notes);
    assertEquals(List.of(), notes);
  }
}
