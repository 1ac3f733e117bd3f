package org.jxlint.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/**
 * Which words of a list a text contains, found in one pass over the text: at each character only
 * the words that start with it are compared. A word list of a hundred phrases costs a text one
 * scan instead of a hundred. The answers are those of testing {@code text.contains(word)} for
 * every non-empty word in list order.
 */
public final class WordFinder {

  private final List<String> words;
  private final BitSet firsts = new BitSet();
  /** The distinct first characters, sorted, and for each the indexes of its words. */
  private final char[] keys;
  private final int[][] byKey;

  private WordFinder(List<String> words) {
    this.words = List.copyOf(words);
    java.util.TreeMap<Character, List<Integer>> index = new java.util.TreeMap<>();
    for (int i = 0; i < this.words.size(); i++) {
      String w = this.words.get(i);
      if (!w.isEmpty()) {
        index.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(i);
        firsts.set(w.charAt(0));
      }
    }
    keys = new char[index.size()];
    byKey = new int[index.size()][];
    int k = 0;
    for (var e : index.entrySet()) {
      keys[k] = e.getKey();
      byKey[k++] = e.getValue().stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private static final IdentityMemo<List<String>, WordFinder> FINDERS = new IdentityMemo<>(1024);

  /**
   * The finder of a word list, built once per list (by identity); null for a list that may still
   * change (not one of the JDK's unmodifiable lists), which is searched word by word instead.
   */
  static WordFinder of(List<String> words) {
    String type = words.getClass().getName();
    if (!type.startsWith("java.util.ImmutableCollections$")
        && !type.startsWith("java.util.Collections$Unmodifiable")) {
      return null;
    }
    return FINDERS.get(words, WordFinder::new);
  }

  /** Whether the text contains one of the words. */
  public static boolean containsAny(String text, List<String> words) {
    WordFinder f = of(words);
    if (f != null) {
      return f.containsAny(text);
    }
    for (String w : words) {
      if (!w.isEmpty() && text.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The longest word the text contains; of equally long ones, the first in the list. */
  public static Optional<String> longestIn(String text, List<String> words) {
    WordFinder f = of(words);
    if (f != null) {
      return f.longestIn(text);
    }
    String best = null;
    for (String w : words) {
      if (!w.isEmpty() && text.contains(w) && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Every word the text contains, in list order (a word listed twice, twice). */
  public static List<String> allIn(String text, List<String> words) {
    WordFinder f = of(words);
    if (f != null) {
      return f.allIn(text);
    }
    return words.stream().filter(w -> !w.isEmpty() && text.contains(w)).toList();
  }

  private int[] startingWith(char c) {
    if (!firsts.get(c)) {
      return null;
    }
    int k = Arrays.binarySearch(keys, c);
    return k < 0 ? null : byKey[k];
  }

  private boolean containsAny(String text) {
    for (int i = 0; i < text.length(); i++) {
      int[] candidates = startingWith(text.charAt(i));
      if (candidates != null) {
        for (int w : candidates) {
          if (text.startsWith(words.get(w), i)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Optional<String> longestIn(String text) {
    int best = -1;
    for (int i = 0; i < text.length(); i++) {
      int[] candidates = startingWith(text.charAt(i));
      if (candidates != null) {
        for (int w : candidates) {
          String word = words.get(w);
          if (text.startsWith(word, i) && (best < 0 || word.length() > words.get(best).length()
              || word.length() == words.get(best).length() && w < best)) {
            best = w;
          }
        }
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(words.get(best));
  }

  private List<String> allIn(String text) {
    BitSet found = new BitSet(words.size());
    for (int i = 0; i < text.length(); i++) {
      int[] candidates = startingWith(text.charAt(i));
      if (candidates != null) {
        for (int w : candidates) {
          if (!found.get(w) && text.startsWith(words.get(w), i)) {
            found.set(w);
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int w = 0; w < words.size(); w++) {
      if (found.get(w)) {
        out.add(words.get(w));
      }
    }
    return out;
  }
}
