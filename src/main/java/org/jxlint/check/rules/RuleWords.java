package org.jxlint.check.rules;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.text.TextNormalizer;

/**
 * The word lists of {@code rule-words} in {@code lint-rules/indicators.yml} as patterns, compiled
 * once per vocabulary: a check asks whether a text holds, starts with or ends in one of them.
 */
final class RuleWords {

  private static final Map<IndicatorLexicon, Map<String, Pattern>> COMPILED =
      Collections.synchronizedMap(new IdentityHashMap<>());

  private RuleWords() {}

  /** Whether the text holds one of the words. */
  static boolean in(IndicatorLexicon lexicon, String key, String text) {
    return pattern(lexicon, key, "%s").matcher(text).find();
  }

  /** Whether the text starts with one of the words. */
  static boolean startsWith(IndicatorLexicon lexicon, String key, String text) {
    return pattern(lexicon, key, "^(?:%s)").matcher(text).find();
  }

  /** Whether the text ends in one of the words. */
  static boolean endsWith(IndicatorLexicon lexicon, String key, String text) {
    return pattern(lexicon, key, "(?:%s)$").matcher(text).find();
  }

  /** The word the text ends in, if it ends in one. */
  static java.util.Optional<String> ending(IndicatorLexicon lexicon, String key, String text) {
    java.util.regex.Matcher m = pattern(lexicon, key, "(?:%s)$").matcher(text);
    return m.find() ? java.util.Optional.of(m.group()) : java.util.Optional.empty();
  }

  private static Pattern pattern(IndicatorLexicon lexicon, String key, String form) {
    return COMPILED.computeIfAbsent(lexicon, l -> new ConcurrentHashMap<>())
        .computeIfAbsent(form + key, k -> Pattern.compile(String.format(form,
            alternatives(lexicon.words(key)))));
  }

  private static String alternatives(List<String> words) {
    return String.join("|", TextNormalizer.longestFirst(words).stream().map(Pattern::quote)
        .toList());
  }
}
