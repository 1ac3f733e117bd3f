package org.jxlint.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jxlint.nlp.Segmenter;

/**
 * What a text is about: the two-character pieces of its content words, the generic ones left out.
 * Pieces are taken inside words only, so 活动经费 and 带动经济 do not meet on “动经”; and inside
 * words at all, so 森林防火 and 护林 do not need the same segmentation to meet.
 */
final class Topics {

  private Topics() {}

  static Set<String> bigrams(String text, List<String> generic) {
    Set<String> out = new HashSet<>();
    for (String word : Segmenter.contentWords(text)) {
      for (int i = 0; i + 2 <= word.length(); i++) {
        String b = word.substring(i, i + 2);
        if (b.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
            && !generic.contains(b)) {
          out.add(b);
        }
      }
    }
    return out;
  }
}
