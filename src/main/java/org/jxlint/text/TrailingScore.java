package org.jxlint.text;

/**
 * A score written at the end of a label (“产出指标30分”, “成本指标 20.5 分”), removed without a
 * regular expression: {@code \d+(?:\.\d+)?分$} searched over a cell of ten thousand digits tries
 * every start and every length, which is quadratic; this scans back from the end once.
 */
public final class TrailingScore {

  private TrailingScore() {}

  /** A score range or score in brackets: “(0-20)分”, “（30分）”, in full-width figures too. */
  private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(
      "\\s*[（(]\\s*[0-9０-９]+(?:[.．][0-9０-９]+)?\\s*(?:[-－~—～至]\\s*[0-9０-９]+(?:[.．][0-9０-９]+)?)?"
          + "\\s*分?\\s*[)）]\\s*分?");

  /**
   * A level label without the scores written into it: bracketed ones anywhere (“成本指标(0-20)分”,
   * “产出指标（30分）”) and one at its end (“产出指标30分”), as {@link #strip} removes it.
   */
  public static String withoutScores(String text, boolean spaces) {
    return strip(BRACKETED.matcher(text).replaceAll(""), spaces);
  }

  /**
   * The text without the score at its end, as {@code replaceAll("\\s*\\d+(?:\\.\\d+)?\\s*分$", "")}
   * would leave it, its figures ASCII or full-width (with {@code spaces}; without, as the pattern
   * without its {@code \s*}).
   */
  public static String strip(String text, boolean spaces) {
    if (text == null || !text.endsWith("分")) {
      return text;
    }
    int end = text.length() - 1;
    int k = spaces ? back(text, end, true) : end;
    int digits = back(text, k, false);
    if (digits == k) {
      return text; // 分 with no number before it
    }
    if (digits > 1 && (text.charAt(digits - 1) == '.' || text.charAt(digits - 1) == '．')) {
      int whole = back(text, digits - 1, false);
      if (whole < digits - 1) {
        digits = whole; // 20.5分
      }
    }
    int start = spaces ? back(text, digits, true) : digits;
    return text.substring(0, start);
  }

  /**
   * The index where the run of digits, ASCII or full-width (or of whitespace, as {@code \s}), ending
   * before i starts.
   */
  private static int back(String text, int i, boolean space) {
    int k = i;
    while (k > 0 && (space ? isSpace(text.charAt(k - 1)) : isDigit(text.charAt(k - 1)))) {
      k--;
    }
    return k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
