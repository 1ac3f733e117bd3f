package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.model.Amount;
import org.jxlint.model.SourceLocation;

class SafeTextTest {

  @Test
  @DisplayName("把文字倒过来显示的方向控制符（U+202E 等）换成 �，引号、破折号、省略号照常")
  void marks_that_turn_text_around_are_replaced() {
    assertEquals("指标值\uFFFD001≥", SafeText.clean("指标值\u202E001≥"));
    assertEquals("\uFFFDa\uFFFDb\uFFFD", SafeText.clean("\u2066a\u2069b\u200F"));
    String fine = "“受益人数”——约…‰";
    assertSame(fine, SafeText.clean(fine));
  }

  @Test
  @DisplayName("落单的代理项、控制字符和非字符都换成看得见的 �，成对的 emoji 和中文不动")
  void unwritable_characters_become_the_replacement_character() {
    assertEquals("合格率\uFFFD", SafeText.clean("合格率\ud83d"));
    assertEquals("\uFFFD开头", SafeText.clean("\ude00开头"));
    assertEquals("a\uFFFDb\uFFFD[31m", SafeText.clean("a\u0001b\u001b[31m"));
    assertEquals("\uFFFD\uFFFD", SafeText.clean("\uFFFE\u0085"));
    String fine = "满意度😀≥95%\t第1行\r\n";
    assertSame(fine, SafeText.clean(fine));
  }

  @Test
  @DisplayName("记录、列表和映射里的文字逐层清理；没有要清理的就原样返回")
  void records_lists_and_maps_are_cleaned_to_any_depth() {
    record Cell(String text, List<Amount> amounts, Map<String, SourceLocation> at) {}
    Cell dirty = new Cell("x\ud83d", List.of(new Amount("12\u0000万", null)),
        Map.of("k\udc00", SourceLocation.NONE));
    Cell clean = SafeText.deep(dirty);
    assertEquals("x\uFFFD", clean.text());
    assertEquals("12\uFFFD万", clean.amounts().get(0).raw());
    assertEquals(java.util.Set.of("k\uFFFD"), clean.at().keySet());
    Cell ok = new Cell("好", List.of(), Map.of());
    assertSame(ok, SafeText.deep(ok));
  }
}
