package org.jxlint.ingest.layout;

import java.util.Optional;
import java.util.regex.Matcher;
import org.jxlint.config.HeaderLexicon;
import org.jxlint.config.LabelSet;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.DateText;
import org.jxlint.text.TextNormalizer;

/**
 * What follows a label in the same cell or line, as written (spaces kept, so that a person's
 * name after the unit can still be told apart): the label, a bracket after it（盖章）and a colon
 * are skipped. “填报单位（盖章）：某某局” and “填报单位（盖章）某某局” both give 某某局.
 */
final class LabelText {

  private LabelText() {}

  /** The text after a label of {@code set}; null when the text does not begin with one. */
  static String afterAny(String raw, LabelSet set) {
    Optional<String> label = set.leadingLabel(raw);
    return label.map(l -> tail(skip(raw, l.length()))).orElse(null);
  }

  /** The text after a unit label of any tier (a level before 主管部门 included), or null. */
  static String afterUnitLabel(String raw, HeaderLexicon words) {
    int n = unitLabelLength(raw, words);
    return n < 0 ? null : tail(skip(raw, n));
  }

  /** Whether a colon follows the unit label at once (“单位：”). */
  static boolean colonAfterUnitLabel(String raw, HeaderLexicon words) {
    int n = unitLabelLength(raw, words);
    if (n < 0) {
      return false;
    }
    String rest = skip(raw, n).strip();
    return rest.startsWith(":") || rest.startsWith("：");
  }

  private static int unitLabelLength(String raw, HeaderLexicon words) {
    String k = TextNormalizer.compact(raw);
    String levelled = levelled(k);
    for (java.util.List<String> level : words.levels()) {
      for (String prefix : level) {
        if (levelled.startsWith(prefix)) {
          Optional<String> l = words.competent().leadingLabel(
              levelled.substring(prefix.length()));
          if (l.isPresent()) {
            return prefix.length() + l.get().length();
          }
        }
      }
    }
    for (LabelSet tier : words.unitTiers()) {
      Optional<String> l = tier.leadingLabel(k);
      if (l.isPresent()) {
        return l.get().length();
      }
    }
    return words.inlineUnit().leadingLabel(k).map(String::length).orElse(-1);
  }

  /**
   * A compacted label read in Simplified script where that keeps its length, so that a level
   * written before 主管部门 matches in either script (市級主管部門) and a cut after it still holds.
   */
  static String levelled(String compact) {
    String simple = Scripts.simplified(compact);
    return simple.length() == compact.length() ? simple : compact;
  }

  /** The raw text after its first {@code n} non-space characters. */
  static String skip(String raw, int n) {
    int seen = 0;
    int i = 0;
    while (i < raw.length() && seen < n) {
      if (!Character.isWhitespace(raw.charAt(i)) && raw.charAt(i) != '\u3000') {
        seen++;
      }
      i++;
    }
    return raw.substring(i);
  }

  /** A bracket right after the label and then a colon, skipped. */
  private static String tail(String rest) {
    String s = rest.strip();
    if (s.startsWith("(") || s.startsWith("（")) {
      int close = Math.max(s.indexOf(')'), s.indexOf('）'));
      int first = firstClose(s);
      if (first > 0) {
        s = s.substring(first + 1).strip();
      } else if (close < 0) {
        return s;
      }
    }
    if (s.startsWith(":") || s.startsWith("：")) {
      s = s.substring(1);
    }
    return s.strip();
  }

  private static int firstClose(String s) {
    return firstOf(s, ')', '）');
  }

  /** The first colon, full-width or not, in the text; -1 when it has none. */
  static int indexOfColon(String text) {
    return firstOf(text, '：', ':');
  }

  /** Where the first of two characters stands in the text; -1 when it holds neither. */
  private static int firstOf(String text, char one, char other) {
    int a = text.indexOf(one);
    int b = text.indexOf(other);
    if (a < 0) {
      return b;
    }
    return b < 0 ? a : Math.min(a, b);
  }

  /** The last year a label names (截止 2027 年, 2021-2025年), or null. */
  static Integer lastYear(String label) {
    Matcher m = DateText.YEAR_NIAN.matcher(TextNormalizer.compact(label));
    Integer last = null;
    while (m.find()) {
      last = Integer.valueOf(m.group(1));
    }
    return last;
  }
}
