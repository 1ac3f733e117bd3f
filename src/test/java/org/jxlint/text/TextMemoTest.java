package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A memo of the texts asked about lately: each text worked out once while it is remembered, never
 * more than the limit remembered, and a full memo goes on remembering what is asked next (the
 * documents a batch reads late are not left without one).
 */
class TextMemoTest {

  @Test
  void aTextIsWorkedOutOnceWhileRemembered() {
    TextMemo<Integer> memo = new TextMemo<>(10);
    AtomicInteger computed = new AtomicInteger();
    assertEquals(4, memo.get("产出指标", t -> { computed.incrementAndGet(); return t.length(); }));
    assertEquals(4, memo.get("产出指标", t -> { computed.incrementAndGet(); return -1; }));
    assertEquals(1, computed.get());
  }

  @Test
  void aFullMemoStartsAfreshAndRemembersWhatComesNext() {
    TextMemo<String> memo = new TextMemo<>(100);
    for (int i = 0; i < 1_000; i++) {
      memo.get("第" + i + "行", t -> t);
      assertTrue(memo.size() <= 100, "bounded: " + memo.size());
    }
    AtomicInteger computed = new AtomicInteger();
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 20; i++) {
        String text = "后来的第" + i + "行";
        assertEquals(text + "!", memo.get(text, t -> { computed.incrementAndGet(); return t + "!"; }));
      }
    }
    // The memo may start afresh once while the 20 go in (it held up to 100 of the rows before);
    // after that each of them is remembered.
    assertTrue(computed.get() <= 40, "worked out " + computed.get() + " times for 20 texts");
  }

  @Test
  void aMemoOfNothingIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new TextMemo<String>(0));
  }
}
