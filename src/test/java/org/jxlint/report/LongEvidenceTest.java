package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.i18n.Messages;
import org.jxlint.model.SourceLocation;

/** A page of prose quoted as evidence is quoted by its beginning in the reports people read. */
class LongEvidenceTest {

  private static final Messages ZH = Messages.forLanguage("zh");

  @Test
  void aShortPassageIsQuotedWhole() {
    String passage = "进一步巩固脱贫成果".repeat(20); // 180 characters
    assertEquals("“" + passage + "”", Rendering.quote(ZH, passage));
  }

  @Test
  void aLongPassageIsQuotedByItsBeginningAndSaysHowLongItIs() {
    String passage = "𠀀进一步巩固脱贫成果；".repeat(60) + "尾巴";
    String quoted = Rendering.quote(ZH, passage);
    int length = passage.codePointCount(0, passage.length());
    assertTrue(quoted.startsWith("“𠀀进一步"), quoted);
    assertTrue(quoted.contains("……”（原文共 " + length + " 字，这里引前 200 字）"), quoted);
    String inside = quoted.substring(1, quoted.indexOf("……”"));
    assertEquals(Rendering.QUOTE, inside.codePointCount(0, inside.length()));
    assertTrue(passage.startsWith(inside), "a surrogate pair is never cut in two");
  }

  @Test
  void theTextReportQuotesTheBeginningAndTheJsonAllOfIt() throws Exception {
    String passage = "1、进一步巩固脱贫成果；2、持续做好疫情防控；".repeat(40) + "最后一句";
    Finding f = new Finding("prose-target-vague", Severity.WARNING, "prose-target-vague.prose",
        List.of("绩效目标", "进一步"), List.of(), "text", passage, SourceLocation.NONE);
    FileReport r = new FileReport("甲.txt", "text", "甲", 2026, null, null, null,
        new FileReport.Contents(0, 0, 0, 1), List.of(f), null);
    StringWriter text = new StringWriter();
    TextReportWriter w = new TextReportWriter(new PrintWriter(text), ZH, false);
    w.begin();
    w.file(r);
    w.end(new Summary(), Gate.of(FailOn.ERROR));
    assertFalse(text.toString().contains("最后一句"), text.toString());
    assertTrue(text.toString().contains("（原文共 "), text.toString());
    java.io.ByteArrayOutputStream json = new java.io.ByteArrayOutputStream();
    JsonReportWriter j = new JsonReportWriter(json, ZH, "test");
    j.begin();
    j.file(r);
    j.end(new Summary(), Gate.of(FailOn.ERROR));
    assertTrue(json.toString(java.nio.charset.StandardCharsets.UTF_8).contains("最后一句"),
        "the JSON keeps the whole passage");
  }
}
