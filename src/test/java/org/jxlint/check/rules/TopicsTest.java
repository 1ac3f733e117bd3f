package org.jxlint.check.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Two texts meet when they share a topic, a two-character piece of their content words. Texts
 * that share no two characters at all are told apart without being segmented; that shortcut
 * never changes the answer.
 */
class TopicsTest {

  private static final List<String> GENERIC = List.of("工作", "完成");

  /** Words of the forms run together, with spaces and punctuation between some and inside two. */
  private static final String[] WORDS = {"培训", "人次", "活动", "经费", "带动", "经济", "森林",
      "防火", "护林", "群众", "满意度", "道路", "修缮", "完成", "工作", "农户", "增收", "补助",
      "发放", "及时", "率", "万元", "500", "，", " ", "、", "新建", "堤防", "长度", "公里", "培 训",
      "满 意"};

  private static final Gen<String> TEXTS = lists().of(integers().between(0, WORDS.length - 1))
      .ofSizeBetween(0, 6).map(list -> {
        StringBuilder b = new StringBuilder();
        list.forEach(i -> b.append(WORDS[i]));
        return b.toString();
      });

  @Test
  void meetingIsSharingATopicWhateverTheShortcut() {
    qt().withExamples(2000).forAll(TEXTS, TEXTS).checkAssert((a, b) -> {
      Topics topics = new Topics(GENERIC);
      boolean shared = !Collections.disjoint(topics.of(a), topics.of(b));
      assertEquals(shared, new Topics(GENERIC).meet(a, b), a + " / " + b);
    });
  }

  @Test
  void piecesAcrossWordsAreNoTopic() {
    Topics topics = new Topics(GENERIC);
    assertTrue(topics.meet("完成培训500人次", "培训人次"));
    assertFalse(topics.meet("群众满意度", "新建堤防长度"));
    // 动经 is in both texts, but inside no word of either.
    assertFalse(topics.meet("活动经费", "带动经济"));
  }
}
