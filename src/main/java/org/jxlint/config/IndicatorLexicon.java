package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jxlint.text.TextNormalizer;

/**
 * What indicators mean, from {@code lint-rules/indicators.yml}: which class each dimension belongs
 * to, the words that tell what an indicator measures, the units a name asks for, the direction a
 * target should point, and vague wording. Every word list is compacted once here.
 */
public record IndicatorLexicon(
    Map<String, List<String>> dimensionClasses,
    Map<String, List<String>> level1Classes,
    Map<String, List<String>> meanings,
    List<UnitExpectation> unitExpectations,
    List<String> lowerBetter,
    List<String> higherBetter,
    List<String> upperBoundRates,
    List<String> unboundedRates,
    List<String> scoringAtLeast,
    List<String> scoringAtMost,
    List<String> proportionalScoring,
    List<String> vaguePhrases,
    List<String> notVague,
    List<String> statementMarkers,
    List<List<String>> grades,
    List<String> pastMarkers,
    List<java.util.regex.Pattern> templateResidue,
    int satisfactionFloor,
    List<String> townshipGeneric,
    Map<String, List<String>> ruleWords) {

  /** Names ending in one of {@code endings} ask for a unit of one of {@code families}. */
  public record UnitExpectation(List<String> endings, List<String> families, String what) {}

  static IndicatorLexicon from(JsonNode doc) {
    List<UnitExpectation> units = new ArrayList<>();
    for (JsonNode u : doc.path("unit-expectations")) {
      units.add(new UnitExpectation(compacted(u.path("endings")), Yaml.strings(u.path("families")),
          u.path("what").asText()));
    }
    List<List<String>> grades = new ArrayList<>();
    doc.path("grades").forEach(g -> grades.add(compacted(g)));
    JsonNode dir = doc.path("directions");
    return new IndicatorLexicon(classes(doc.path("dimension-classes")),
        classes(doc.path("level1-classes")), classes(doc.path("meanings")), List.copyOf(units),
        compacted(dir.path("lower-better")), compacted(dir.path("higher-better")),
        compacted(dir.path("upper-bound-rates")), compacted(doc.path("unbounded-rates")),
        compacted(doc.path("scoring-directions").path("at-least")),
        compacted(doc.path("scoring-directions").path("at-most")),
        compacted(doc.path("proportional-scoring")),
        compacted(doc.path("vague").path("phrases")),
        compacted(doc.path("vague").path("not-vague")),
        compacted(doc.path("vague").path("statement-markers")),
        List.copyOf(grades), compacted(doc.path("past-markers")),
        Yaml.strings(doc.path("template-residue").path("patterns")).stream()
            .map(java.util.regex.Pattern::compile).toList(),
        doc.path("unrealistic").path("satisfaction-floor").asInt(60),
        compacted(doc.path("township-generic")), classes(doc.path("rule-words")));
  }

  /**
   * A word list of {@code rule-words} in indicators.yml, compacted; a list the file lacks is a
   * configuration error, so a province that renames a key hears of it.
   */
  public List<String> words(String key) {
    List<String> w = ruleWords.get(key);
    if (w == null) {
      throw new IllegalStateException("lint-rules/indicators.yml: rule-words." + key + " missing");
    }
    return w;
  }

  /** The class of a standard dimension name (数量指标 → quantity). */
  public Optional<String> dimensionClass(String standardName) {
    return classOf(dimensionClasses, standardName);
  }

  public Optional<String> level1Class(String standardName) {
    return classOf(level1Classes, standardName);
  }

  /** The first meaning (in file order) one of whose words the text contains. */
  public Optional<String> meaningOf(String text) {
    String t = TextNormalizer.compact(text);
    for (Map.Entry<String, List<String>> e : meanings.entrySet()) {
      if (containsAny(t, e.getValue())) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  /** Whether the text contains one of the meaning's words. */
  public boolean means(String text, String meaning) {
    return containsAny(TextNormalizer.compact(text), meanings.getOrDefault(meaning, List.of()));
  }

  /** The unit a name asks for, by how the name ends. */
  public Optional<UnitExpectation> unitExpectation(String name) {
    // (as written, or in Simplified characters: 學生數 ends as 学生数 does)
    String t = org.jxlint.nlp.Scripts.simplified(TextNormalizer.compact(name));
    for (UnitExpectation u : unitExpectations) {
      for (String end : u.endings()) {
        if (t.endsWith(end)) {
          return Optional.of(u);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The vague phrases a text holds, longest first in the sense of {@link #longestIn}, after the
   * words that only look vague are taken out (可持续 is not 持续).
   */
  public Optional<String> vagueIn(String text) {
    return longestIn(withoutNotVague(text), vaguePhrases);
  }

  /** All distinct vague phrases in the text, after the look-alikes are taken out. */
  public List<String> allVagueIn(String text) {
    String t = withoutNotVague(text);
    return org.jxlint.text.WordFinder.allIn(t, vaguePhrases);
  }

  private String withoutNotVague(String text) {
    String t = TextNormalizer.compact(text);
    for (String w : notVague) {
      if (!w.isEmpty()) {
        t = t.replace(w, "\u0000");
      }
    }
    return t;
  }

  /** The longest word of the list the text contains, if any (“明显改善” over “改善”). */
  public static Optional<String> longestIn(String text, List<String> words) {
    return org.jxlint.text.WordFinder.longestIn(TextNormalizer.compact(text), words);
  }

  public static boolean containsAny(String compactText, List<String> words) {
    return org.jxlint.text.WordFinder.containsAny(compactText, words);
  }

  private static Optional<String> classOf(Map<String, List<String>> classes, String name) {
    if (name == null) {
      return Optional.empty();
    }
    String t = TextNormalizer.compact(name);
    for (Map.Entry<String, List<String>> e : classes.entrySet()) {
      if (e.getValue().contains(t)) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private static Map<String, List<String>> classes(JsonNode node) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), compacted(e.getValue())));
    return out;
  }

  private static List<String> compacted(JsonNode node) {
    return Yaml.strings(node).stream().map(TextNormalizer::compact).toList();
  }
}
