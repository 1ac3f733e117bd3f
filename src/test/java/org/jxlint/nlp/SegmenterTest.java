package org.jxlint.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  @Test
  void segments_chinese_offline_from_the_jar_alone() {
    List<Segmenter.Token> tokens = Segmenter.segment("全年开展安全生产检查24次");
    assertTrue(tokens.size() >= 3, tokens.toString());
    StringBuilder joined = new StringBuilder();
    tokens.forEach(t -> joined.append(t.word()));
    assertEquals("全年开展安全生产检查24次", joined.toString());
    assertEquals(0, tokens.get(0).offset());
  }

  @Test
  void empty_text_has_no_tokens() {
    assertEquals(List.of(), Segmenter.segment(""));
  }
}
