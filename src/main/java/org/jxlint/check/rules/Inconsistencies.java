package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Scope;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * What the rules split from {@code internal-inconsistency} share: which rows hold a count, and the
 * pairs of a long-term and an annual row of one name, with whether they point opposite ways.
 */
final class Inconsistencies {

  /** The old id every rule split from it answers to. */
  static final String ALIAS = "internal-inconsistency";

  /** An annual row and the long-term row of the same name. */
  record LongTermPair(Indicator longTerm, Indicator annual) {}

  private Inconsistencies() {}

  /** A single figure in a unit that counts things (not a share). */
  static boolean countable(Indicator row) {
    TargetValue t = row.target();
    return t != null && t.kind() == ValueKind.NUMBER && t.unit() != null && !"%".equals(t.unit())
        && t.comparator() != Comparator.LE && t.comparator() != Comparator.LT;
  }

  /**
   * Each annual row with the long-term row of the same name (the first of that name), in the
   * order of the annual tables and rows.
   */
  static List<LongTermPair> longTermPairs(Submission submission) {
    List<LongTermPair> out = new ArrayList<>();
    Map<String, Indicator> longTerm = new HashMap<>();
    submission.tables().stream().filter(t -> t.scope() == Scope.LONG_TERM)
        .flatMap(t -> t.indicators().stream())
        .forEach(l -> longTerm.putIfAbsent(TextNormalizer.compact(Rows.name(l)), l));
    if (longTerm.isEmpty()) {
      return out;
    }
    for (IndicatorTable table : submission.tables()) {
      if (table.scope() != Scope.ANNUAL) {
        continue;
      }
      for (Indicator annual : table.indicators()) {
        String name = TextNormalizer.compact(Rows.name(annual));
        Indicator l = name.isEmpty() ? null : longTerm.get(name);
        if (l != null) {
          out.add(new LongTermPair(l, annual));
        }
      }
    }
    return out;
  }

  /**
   * True when both rows have a comparator and one points up (≥, &gt;) where the other points down
   * (≤, &lt;). Such a pair is the opposite-direction rule's alone: the slip rule skips it.
   */
  static boolean opposite(LongTermPair pair) {
    TargetValue a = pair.annual().target();
    TargetValue l = pair.longTerm().target();
    if (a == null || l == null || a.comparator() == null || l.comparator() == null) {
      return false;
    }
    return up(a) && down(l) || down(a) && up(l);
  }

  private static boolean up(TargetValue t) {
    return t.comparator() == Comparator.GE || t.comparator() == Comparator.GT;
  }

  private static boolean down(TargetValue t) {
    return t.comparator() == Comparator.LE || t.comparator() == Comparator.LT;
  }
}
