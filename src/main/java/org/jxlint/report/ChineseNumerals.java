package org.jxlint.report;

/** 一, 二 … 十一 … 一百零五: the numbers of a letter's items, as Chinese letters write them. */
final class ChineseNumerals {

  private static final String DIGITS = "零一二三四五六七八九";
  private static final String[] UNITS = {"", "十", "百", "千"};

  private ChineseNumerals() {}

  /** The number in Chinese numerals; from 10,000 on, in Arabic digits. */
  static String of(int n) {
    if (n <= 0 || n >= 10_000) {
      return String.valueOf(n);
    }
    StringBuilder b = new StringBuilder();
    String digits = String.valueOf(n);
    boolean zero = false;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(i) - '0';
      int unit = digits.length() - 1 - i;
      if (d == 0) {
        zero = b.length() > 0;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      // 十一, not 一十一; but 一百一十
      if (!(d == 1 && unit == 1 && b.length() == 0)) {
        b.append(DIGITS.charAt(d));
      }
      b.append(UNITS[unit]);
    }
    return b.toString();
  }
}
