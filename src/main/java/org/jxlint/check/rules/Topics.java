package org.jxlint.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jxlint.text.TextNormalizer;

/** What a text is about, as its two-character Chinese words less the generic ones. */
final class Topics {

  private Topics() {}

  /** Every pair of adjacent Han characters in the text that is not in {@code generic}. */
  static Set<String> bigrams(String text, List<String> generic) {
    String t = TextNormalizer.compact(text);
    Set<String> out = new HashSet<>();
    for (int i = 0; i + 2 <= t.length(); i++) {
      String b = t.substring(i, i + 2);
      if (b.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
          && !generic.contains(b)) {
        out.add(b);
      }
    }
    return out;
  }
}
