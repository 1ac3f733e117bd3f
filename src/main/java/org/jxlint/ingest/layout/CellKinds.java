package org.jxlint.ingest.layout;

import java.util.regex.Pattern;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/** What a single cell looks like: a comparator, a unit, a figure, a sentence. */
final class CellKinds {

  private static final Pattern UNIT_LIKE = Pattern.compile("^[^\\d\\s]{1,5}$");

  private final TargetValueParser values;

  CellKinds(TargetValueParser values) {
    this.values = values;
  }

  TargetValueParser values() {
    return values;
  }

  /** 1 for a number, date or yes/no; 0.5 for a short word that may be a grade; 0 otherwise. */
  double valueStrength(String text) {
    String compact = TextNormalizer.compact(text);
    if (compact.isEmpty()) {
      return 0;
    }
    ValueKind kind = values.parse(text).kind();
    return switch (kind) {
      case NUMBER, RANGE, DATE, PERIOD, YEAR, BOOLEAN -> 1;
      case QUALITATIVE -> compact.length() <= 6 ? 0.5 : 0;
      default -> 0;
    };
  }

  /** A yes or no (是/否) written as a target. */
  boolean isYesNo(String text) {
    return TextNormalizer.compact(text).length() <= 2
        && values.parse(text).kind() == ValueKind.BOOLEAN;
  }

  boolean isComparatorToken(String text) {
    String c = TextNormalizer.compact(text);
    if (c.isEmpty()) {
      return false;
    }
    return values.comparatorFromColumn(text) != null || values.isNeutralColumnWord(text);
  }

  /**
   * A unit of the lexicon's families, or a word of one or two characters (座, 人次): a longer word
   * outside every family is a name, not a unit.
   */
  boolean isUnitLike(String text) {
    String u = values.normalizeUnit(text);
    return u != null && UNIT_LIKE.matcher(u).matches() && !isComparatorToken(text)
        && (u.length() <= 2 || values.unitFamily(text) != null);
  }
}
