package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jxlint.model.Indicator;

/**
 * The rows that count things in one unit, indexed by the two-character words of their names, so
 * that the rows a text may be about are found by its words instead of by trying every row.
 *
 * <p>A word found in the names of more than {@value #COMMON} rows says nothing about which row is
 * meant (like 全年 or 次数, which the lexicon leaves out): it is not used to match. This also bounds
 * the work for each text however many rows the table has.
 */
final class CountedObjects {

  /** More rows than this sharing a word make it a common word, not a topic. */
  static final int COMMON = 32;

  private final List<Indicator> rows;
  private final Map<String, List<Integer>> byWord = new HashMap<>();

  CountedObjects(List<Indicator> rows, Topics topics) {
    this.rows = rows;
    for (int i = 0; i < rows.size(); i++) {
      for (String word : topics.of(Rows.name(rows.get(i)))) {
        byWord.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
      }
    }
  }

  /** The rows whose names share at least two words of {@code words}, in row order. */
  List<Indicator> sharing(Set<String> words) {
    Map<Integer, Integer> shared = new TreeMap<>();
    for (String word : words) {
      List<Integer> posting = byWord.get(word);
      if (posting != null && posting.size() <= COMMON) {
        for (int i : posting) {
          shared.merge(i, 1, Integer::sum);
        }
      }
    }
    List<Indicator> out = new ArrayList<>();
    shared.forEach((i, n) -> {
      if (n >= 2) {
        out.add(rows.get(i));
      }
    });
    return out;
  }
}
