package org.jxlint.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalises cell text the way every lexicon match and number parse expects it: NFKC (full-width
 * digits and symbols to ASCII), odd spaces to plain ones, and the letter-spacing that PDF extraction
 * leaves inside Chinese words and numbers (“一 级 指 标”, “≥2. 5%”) removed.
 */
public final class TextNormalizer {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u3000\\uFEFF]+");
  /** A space with a CJK character, digit or CJK punctuation on either side carries no meaning. */
  private static final Pattern SPACE_IN_CJK = Pattern.compile(
      "(?<=[\\p{IsHan}\\d%.:：，。、；（）()≥≤＞＜<>=~～\\-—/])\\s+|\\s+(?=[\\p{IsHan}\\d%.:：，。、；（）()≥≤<>=~～\\-—/])");

  private TextNormalizer() {}

  /** NFKC, spaces folded and letter-spacing removed, trimmed; null becomes "". */
  public static String clean(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    s = SPACES.matcher(s).replaceAll(" ").strip();
    return SPACE_IN_CJK.matcher(s).replaceAll("");
  }

  /**
   * Spaces folded and letter-spacing removed, but otherwise as written (no NFKC): for labels and
   * headings shown back to the user (“运 行 成 本” → “运行成本”).
   */
  public static String despace(String text) {
    if (text == null) {
      return "";
    }
    String s = SPACES.matcher(text).replaceAll(" ").strip();
    return SPACE_IN_CJK.matcher(s).replaceAll("");
  }

  /** Like {@link #clean} but with every space removed: the form for value cells and name matching. */
  public static String compact(String text) {
    if (text == null) {
      return "";
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    return SPACES.matcher(s).replaceAll("");
  }

  public static boolean isBlank(String text) {
    return text == null || SPACES.matcher(text).replaceAll("").isEmpty();
  }
}
