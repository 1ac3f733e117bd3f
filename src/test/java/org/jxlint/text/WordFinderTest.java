package org.jxlint.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The one-pass word search gives what testing every word with {@code contains} gives. */
class WordFinderTest {

  private static final String ALPHABET = "明显改善持续推进提高有效";

  @Test
  void agreesWithContainsForEveryWord() {
    Gen<List<String>> wordLists = lists().of(TextGen.of(ALPHABET, 0, 3)).ofSizeBetween(0, 12)
        .map(List::copyOf);
    Gen<String> texts = TextGen.of(ALPHABET, 0, 16);
    qt().withExamples(5000).forAll(wordLists, texts).checkAssert((words, text) -> {
      List<String> all = new ArrayList<>();
      String longest = null;
      for (String w : words) {
        if (!w.isEmpty() && text.contains(w)) {
          all.add(w);
          if (longest == null || w.length() > longest.length()) {
            longest = w;
          }
        }
      }
      assertEquals(!all.isEmpty(), WordFinder.containsAny(text, words), () -> words + " " + text);
      assertEquals(Optional.ofNullable(longest), WordFinder.longestIn(text, words));
      assertEquals(all, WordFinder.allIn(text, words));
      // A list that may still change is searched word by word, with the same answers.
      List<String> changing = new ArrayList<>(words);
      assertEquals(all, WordFinder.allIn(text, changing));
      assertEquals(Optional.ofNullable(longest), WordFinder.longestIn(text, changing));
    });
  }
}
