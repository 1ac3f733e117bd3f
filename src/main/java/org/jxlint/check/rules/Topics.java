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
  private final Map<String, Set<String>> pieces = new HashMap<>();

  Topics(List<String> generic) {
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

  /**
   * Whether two texts share a topic. Texts that share no two-character piece at all cannot share
   * a piece of a word, so they are told apart without being segmented.
   */
  boolean meet(String a, String b) {
    if (!share(pieces(a), pieces(b))) {
      return false;
    }
    return share(of(a), of(b));
  }

  private static boolean share(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    for (String w : small) {
      if (large.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every two-character piece of Chinese in the text as the segmenter reads it: a topic is one of
   * them, since each word is a piece of that text.
   */
  private Set<String> pieces(String text) {
    Set<String> p = pieces.get(text);
    if (p == null) {
      p = new HashSet<>();
      String t = Segmenter.withoutSpaces(text);
      for (int i = 0; i + 2 <= t.length(); i++) {
        String b = t.substring(i, i + 2);
        if (han(b)) {
          p.add(b);
        }
      }
      pieces.put(text, p);
    }
    return p;
  }

  /** Whether every character of a piece is a Chinese one. */
  private static boolean han(String piece) {
    for (int i = 0; i < piece.length(); ) {
      int c = piece.codePointAt(i);
      if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static Set<String> bigrams(String text, List<String> generic) {
    Set<String> out = new HashSet<>();
    for (String word : Segmenter.contentWords(text)) {
      for (int i = 0; i + 2 <= word.length(); i++) {
        String b = word.substring(i, i + 2);
        if (han(b) && !generic.contains(b)) {
          out.add(b);
        }
      }
    }
    return out;
  }
}
