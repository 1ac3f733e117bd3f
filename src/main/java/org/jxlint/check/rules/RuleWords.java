package org.jxlint.check.rules;

import java.util.Optional;
import org.jxlint.config.IndicatorLexicon;

/**
 * The word lists of {@code rule-words} in {@code lint-rules/indicators.yml}, asked of a text: does
 * it hold, start with or end in one of them.
 */
final class RuleWords {

  private RuleWords() {}

  /** Whether the text holds one of the words. */
  static boolean in(IndicatorLexicon lexicon, String key, String text) {
    return IndicatorLexicon.containsAny(text, lexicon.words(key));
  }

  /** Whether the text starts with one of the words. */
  static boolean startsWith(IndicatorLexicon lexicon, String key, String text) {
    return lexicon.words(key).stream().anyMatch(w -> !w.isEmpty() && text.startsWith(w));
  }

  /** Whether the text ends in one of the words. */
  static boolean endsWith(IndicatorLexicon lexicon, String key, String text) {
    return ending(lexicon, key, text).isPresent();
  }

  /** The longest of the words the text ends in, if it ends in one. */
  static Optional<String> ending(IndicatorLexicon lexicon, String key, String text) {
    String best = null;
    for (String w : lexicon.words(key)) {
      if (!w.isEmpty() && text.endsWith(w) && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return Optional.ofNullable(best);
  }
}
