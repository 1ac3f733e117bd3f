package org.jxlint.text;

import java.util.List;
import java.util.Map;
import org.jxlint.model.Comparator;

/**
 * The words the value parser knows: comparator spellings, placeholders that mean “not filled”,
 * yes/no words, frequency prefixes and unit spellings. Loaded from {@code lint-rules/values.yml}.
 *
 * @param prefixes comparator spellings written before the number
 * @param suffixes comparator spellings written after the number and unit (以上, 以内)
 * @param columnWords spellings in a comparator (指标值类型) column, such as 定性
 * @param neutralColumnWords type-column words that name no direction (定量)
 * @param unitAliases unit spelling → normalised unit
 * @param unitFamilies family → normalised units in it
 */
public record ValueLexicon(
    Map<String, Comparator> prefixes,
    Map<String, Comparator> suffixes,
    Map<String, Comparator> columnWords,
    List<String> neutralColumnWords,
    List<String> emptyValues,
    List<String> yesValues,
    List<String> noValues,
    List<String> qualifiers,
    List<String> deadlineSuffixes,
    Map<String, String> unitAliases,
    Map<String, List<String>> unitFamilies) {

  public ValueLexicon {
    prefixes = Map.copyOf(prefixes);
    suffixes = Map.copyOf(suffixes);
    columnWords = Map.copyOf(columnWords);
    neutralColumnWords = List.copyOf(neutralColumnWords);
    emptyValues = List.copyOf(emptyValues);
    yesValues = List.copyOf(yesValues);
    noValues = List.copyOf(noValues);
    qualifiers = List.copyOf(qualifiers);
    deadlineSuffixes = List.copyOf(deadlineSuffixes);
    unitAliases = Map.copyOf(unitAliases);
    unitFamilies = Map.copyOf(unitFamilies);
  }

  /** Every comparator spelling (before or after a number, or in a type column), longest first. */
  public List<String> comparatorSpellings() {
    java.util.Set<String> all = new java.util.HashSet<>(prefixes.keySet());
    all.addAll(suffixes.keySet());
    all.addAll(columnWords.keySet());
    return TextNormalizer.longestFirst(all);
  }

  /** The family of a normalised unit (percent, count, money …), or null when it is in none. */
  public String familyOf(String unit) {
    if (unit == null) {
      return null;
    }
    Families key = new Families(unitFamilies);
    Map<String, String> index = FAMILY_INDEX.get(key);
    if (index == null) {
      index = key.index();
      if (FAMILY_INDEX.size() < 64) {
        FAMILY_INDEX.put(key, index); // a process loads few vocabularies; more are not kept
      }
    }
    return index.get(unit);
  }

  /** The families of a lexicon by identity (a lexicon's map never changes once loaded). */
  private record Families(Map<String, List<String>> map) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Families f && f.map == map;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(map);
    }

    /** Unit → family, the first family (in the map's order) that lists the unit. */
    Map<String, String> index() {
      Map<String, String> out = new java.util.HashMap<>();
      for (Map.Entry<String, List<String>> family : map.entrySet()) {
        for (String unit : family.getValue()) {
          out.putIfAbsent(unit, family.getKey());
        }
      }
      return out;
    }
  }

  private static final Map<Families, Map<String, String>> FAMILY_INDEX =
      new java.util.concurrent.ConcurrentHashMap<>();
}
