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
    return SPELLINGS.get(this, lexicon -> {
      java.util.Set<String> all = new java.util.HashSet<>(lexicon.prefixes().keySet());
      all.addAll(lexicon.suffixes().keySet());
      all.addAll(lexicon.columnWords().keySet());
      return TextNormalizer.longestFirst(all);
    });
  }

  private static final IdentityMemo<ValueLexicon, List<String>> SPELLINGS =
      new IdentityMemo<>(64);

  /** The family of a normalised unit (percent, count, money …), or null when it is in none. */
  public String familyOf(String unit) {
    if (unit == null) {
      return null;
    }
    return FAMILY_INDEX.get(unitFamilies, ValueLexicon::familyIndex).get(unit);
  }

  /** Unit → family, the first family (in the map's order) that lists the unit. */
  private static Map<String, String> familyIndex(Map<String, List<String>> families) {
    Map<String, String> out = new java.util.HashMap<>();
    for (Map.Entry<String, List<String>> family : families.entrySet()) {
      for (String unit : family.getValue()) {
        out.putIfAbsent(unit, family.getKey());
      }
    }
    return out;
  }

  private static final IdentityMemo<Map<String, List<String>>, Map<String, String>> FAMILY_INDEX =
      new IdentityMemo<>(64);
}
