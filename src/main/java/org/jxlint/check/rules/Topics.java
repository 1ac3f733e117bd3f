package org.jxlint.check.rules;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jxlint.check.CheckContext;
import org.jxlint.nlp.Segmenter;

/**
 * What a text is about: the two-character pieces of its content words, the generic ones left out.
 * Pieces are taken inside words only, so 活动经费 and 带动经济 do not meet on “动经”; and inside
 * words at all, so 森林防火 and 护林 do not need the same segmentation to meet.
 *
 * <p>One submission's topics are worked out once per text and shared by every check that compares
 * them (a row's name is asked for by three), through {@link CheckContext#fact}.
 */
final class Topics {

  private final List<String> generic;
  private final Map<String, Set<String>> known = new HashMap<>();

  private Topics(List<String> generic) {
    this.generic = generic;
  }

  /** The submission's topics with {@code generic} left out. */
  static Topics of(CheckContext context, List<String> generic) {
    return context.fact(new Key(generic), () -> new Topics(generic));
  }

  private record Key(List<String> generic) {}

  /** The text's topics (unmodifiable: copy before changing). */
  Set<String> of(String text) {
    Set<String> t = known.get(text);
    if (t == null) {
      t = Collections.unmodifiableSet(bigrams(text, generic));
      known.put(text, t);
    }
    return t;
  }

  /** Whether two texts share a topic. */
  boolean meet(String a, String b) {
    Set<String> small = of(a);
    Set<String> large = of(b);
    if (small.size() > large.size()) {
      Set<String> swap = small;
      small = large;
      large = swap;
    }
    for (String w : small) {
      if (large.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> bigrams(String text, List<String> generic) {
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
