package org.jxlint.cli;

import org.jxlint.check.RuleMeta;
import org.jxlint.i18n.Messages;

/** A rule's name and summary in the chosen language, and padding by display width. */
final class RuleText {

  private RuleText() {}

  static String name(Messages m, RuleMeta r) {
    return m.isEnglish() ? m.find("rule." + r.id() + ".name").orElse(r.name()) : r.name();
  }

  static String summary(Messages m, RuleMeta r) {
    return m.isEnglish() ? m.find("rule." + r.id() + ".summary").orElse(r.summary())
        : r.summary();
  }

  /** Terminal columns: CJK and full-width characters take two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - width(s)));
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
