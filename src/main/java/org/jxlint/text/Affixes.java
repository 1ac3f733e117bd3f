package org.jxlint.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words looked for at the start or the end of a compacted cell, longest first: only the words
 * that share the cell's first (or last) character are tried, so a cell costs a hash lookup and a
 * few comparisons instead of a pass over the whole word list.
 */
final class Affixes {

  private final Map<Character, List<String>> byFirst;
  private final Map<Character, List<String>> byLast;

  /** The words, compacted, empty ones dropped, longest first. */
  Affixes(java.util.Collection<String> words) {
    List<String> ordered = TextNormalizer.longestFirst(words);
    this.byFirst = index(ordered, true);
    this.byLast = index(ordered, false);
  }

  private static Map<Character, List<String>> index(List<String> ordered, boolean first) {
    Map<Character, List<String>> index = new HashMap<>();
    for (String w : ordered) {
      char key = first ? w.charAt(0) : w.charAt(w.length() - 1);
      index.computeIfAbsent(key, k -> new ArrayList<>()).add(w);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    return Map.copyOf(index);
  }

  /** The longest word the text starts with and is longer than, or null. */
  String prefixOf(String s) {
    if (s.isEmpty()) {
      return null;
    }
    for (String w : byFirst.getOrDefault(s.charAt(0), List.of())) {
      if (s.length() > w.length() && s.startsWith(w)) {
        return w;
      }
    }
    return null;
  }

  /** The longest word the text ends with (or is), or null. */
  String suffixOf(String s) {
    if (s.isEmpty()) {
      return null;
    }
    for (String w : byLast.getOrDefault(s.charAt(s.length() - 1), List.of())) {
      if (s.endsWith(w)) {
        return w;
      }
    }
    return null;
  }
}
