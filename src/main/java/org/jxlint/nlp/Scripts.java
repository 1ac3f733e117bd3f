package org.jxlint.nlp;

import com.hankcs.hanlp.HanLP;
import org.jxlint.text.TextMemo;

/**
 * Traditional script read as Simplified for lookups (“產出指標” is 产出指标), through HanLP's converter.
 * The converter costs about half a second to load, so it is touched only when a text holds one of
 * the Traditional characters common in these forms; the model and the report keep the text as
 * written.
 */
public final class Scripts {

  /**
   * Traditional characters of budget forms whose Simplified form differs; one of them in a text is
   * enough to send the whole text through the converter.
   */
  private static final String TRADITIONAL_MARKS =
      "標級數質時產滿資項單實際經濟會態環續響務與應達確據說計劃費補貼預績號區縣鄉鎮財廳門"
      + "體係員設務構導練發護辦義現層結億萬開關價專業農類學總額報書劃審歸屬進優應鑑檢測驗";
  private static final int MEMO_LIMIT = 8192;
  private static final TextMemo<String> MEMO = new TextMemo<>(MEMO_LIMIT);

  private Scripts() {}

  /** The text with Traditional characters made Simplified; the same string when it has none. */
  public static String simplified(String text) {
    if (text == null || !hasTraditional(text)) {
      return text;
    }
    return MEMO.get(text, HanLP::convertToSimplifiedChinese);
  }

  /** Whether the text holds one of the Traditional characters common in these forms. */
  public static boolean hasTraditional(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (MARKED.get(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final java.util.BitSet MARKED = new java.util.BitSet(0x10000);

  static {
    TRADITIONAL_MARKS.chars().forEach(MARKED::set);
  }
}
