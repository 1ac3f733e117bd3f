package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;

/**
 * What the rules split from {@code unrealistic-target} share: which unrealistic kind a row's
 * target is, if any — at most one a row, in the order satisfaction of 100%, satisfaction below the
 * floor, “≥100%” for a rate, a negative figure — and the satisfaction figures in written targets.
 */
final class UnrealisticTargets {

  /** The old id every rule split from it answers to. */
  static final String ALIAS = "unrealistic-target";

  /** The kinds of unrealistic target; one rule reports each. */
  enum Kind { SATISFACTION_100, SATISFACTION_LOW, AT_LEAST_100, NEGATIVE }

  /** An indicator row whose target is of one kind. */
  record RowHit(Indicator row, Kind kind) {}

  /** A satisfaction figure in a section's text: the words matched and their sentence. */
  record ProseHit(Section section, String said, String sentence, Kind kind) {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Satisfaction with a figure in running text: 群众满意度100%, 满意率达到90%以上. */
  private static final Pattern PROSE_SATISFACTION = Pattern.compile(
      "满意[度率][^，,。；;\\d]{0,6}?(\\d+(?:\\.\\d+)?)\\s*[%％]");

  private UnrealisticTargets() {}

  /** The rows of the given kind, in row order; rows the prose above holds are read there. */
  static List<Indicator> rows(Submission submission, IndicatorLexicon lexicon, Kind kind) {
    List<Indicator> out = new ArrayList<>();
    Set<Indicator> inSections = Rows.readInSections(submission);
    for (Indicator row : Rows.all(submission)) {
      if (!inSections.contains(row) && kind(row, lexicon) == kind) {
        out.add(row);
      }
    }
    return out;
  }

  /** The one kind a row's target is, or null. */
  private static Kind kind(Indicator row, IndicatorLexicon lexicon) {
    TargetValue t = row.target();
    if (t == null || t.kind() != ValueKind.NUMBER || t.number() == null) {
      return null;
    }
    String name = Rows.name(row);
    boolean percent = "%".equals(t.unit());
    boolean up = t.comparator() == Comparator.GE || t.comparator() == Comparator.GT;
    if (percent && lexicon.means(name, "satisfaction")) {
      if (t.number().compareTo(HUNDRED) == 0) {
        return Kind.SATISFACTION_100;
      }
      if (t.number().compareTo(BigDecimal.valueOf(lexicon.satisfactionFloor())) < 0) {
        return Kind.SATISFACTION_LOW;
      }
    }
    // A rate that should be low (逾期发放率 ≥100%) has the wrong comparator, comparator-mismatch
    // says: “=100%” would be the wrong advice.
    if (percent && up && t.number().compareTo(HUNDRED) == 0
        && Rows.direction(name, lexicon).filter(d -> d == Rows.Direction.LOWER).isEmpty()) {
      return Kind.AT_LEAST_100;
    }
    if (t.number().signum() < 0 && !lexicon.means(name, "economic")) {
      return Kind.NEGATIVE;
    }
    return null;
  }

  /** Satisfaction figures of the given kind in the text of written targets (湖南 narrative tables). */
  static List<ProseHit> prose(Submission submission, IndicatorLexicon lexicon, Kind kind) {
    List<ProseHit> out = new ArrayList<>();
    submission.sections().forEach(s -> prose(s, lexicon, kind, out));
    return out;
  }

  private static void prose(Section s, IndicatorLexicon lexicon, Kind kind, List<ProseHit> out) {
    if (s.text() != null) {
      Matcher m = PROSE_SATISFACTION.matcher(s.text());
      while (m.find()) {
        BigDecimal n = new BigDecimal(m.group(1));
        Kind found = n.compareTo(HUNDRED) == 0 ? Kind.SATISFACTION_100
            : n.compareTo(BigDecimal.valueOf(lexicon.satisfactionFloor())) < 0
                ? Kind.SATISFACTION_LOW : null;
        if (found == kind) {
          out.add(new ProseHit(s, m.group(), sentence(s.text(), m), kind));
        }
      }
    }
    s.parts().forEach(p -> prose(p, lexicon, kind, out));
  }

  /** The sentence of the text a match stands in, so the reader can find it among the items. */
  private static String sentence(String text, Matcher m) {
    int from = m.start();
    while (from > 0 && "。；;\n".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = m.end();
    while (to < text.length() && "。；;\n".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    return text.substring(from, to).strip();
  }
}
