package org.jxlint.check.rules;

import java.math.BigDecimal;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Comparator;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;

/**
 * Targets nobody can honestly promise or that promise nothing: satisfaction of exactly 100% or
 * below the floor, “≥100%” for a rate (it can only be 100%), a negative count.
 */
@LintRule(
    id = "unrealistic-target",
    name = "目标值不切实际",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "满意度定为100%或过低、比率写“≥100%”、数量为负数等不切实际的目标值。")
public final class UnrealisticTargetCheck implements Check {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Satisfaction with a figure in running text: 群众满意度100%, 满意率达到90%以上. */
  private static final java.util.regex.Pattern PROSE_SATISFACTION = java.util.regex.Pattern.compile(
      "满意[度率][^，,。；;\\d]{0,6}?(\\d+(?:\\.\\d+)?)\\s*[%％]");

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    submission.sections().forEach(s -> prose(s, lexicon, context));
    java.util.Set<Indicator> inSections = Rows.readInSections(submission);
    for (Indicator row : Rows.all(submission)) {
      if (inSections.contains(row)) {
        continue; // the prose above read it where it stands
      }
      TargetValue t = row.target();
      if (t == null || t.kind() != ValueKind.NUMBER || t.number() == null) {
        continue;
      }
      String name = Rows.name(row);
      boolean percent = "%".equals(t.unit());
      boolean up = t.comparator() == Comparator.GE || t.comparator() == Comparator.GT;
      if (percent && lexicon.means(name, "satisfaction")) {
        if (t.number().compareTo(HUNDRED) == 0) {
          context.report("satisfaction-100").on(row, IndicatorField.VALUE).args(Rows.label(row))
              .emit();
          continue;
        }
        if (t.number().compareTo(BigDecimal.valueOf(lexicon.satisfactionFloor())) < 0) {
          context.report("satisfaction-low").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), lexicon.satisfactionFloor()).emit();
          continue;
        }
      }
      if (percent && up && t.number().compareTo(HUNDRED) == 0) {
        context.report("at-least-100").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
        continue;
      }
      if (t.number().signum() < 0 && !lexicon.means(name, "economic")) {
        context.report("negative").on(row, IndicatorField.VALUE).args(Rows.label(row)).emit();
      }
    }
  }

  /** Targets written as prose (湖南 narrative tables): satisfaction figures in the text. */
  private static void prose(Section s, IndicatorLexicon lexicon, CheckContext context) {
    if (s.text() != null) {
      java.util.regex.Matcher m = PROSE_SATISFACTION.matcher(s.text());
      while (m.find()) {
        BigDecimal n = new BigDecimal(m.group(1));
        if (n.compareTo(HUNDRED) == 0) {
          context.report("prose-satisfaction-100").evidence(sentence(s.text(), m))
              .at(s.location())
              .args(m.group()).emit();
        } else if (n.compareTo(BigDecimal.valueOf(lexicon.satisfactionFloor())) < 0) {
          context.report("prose-satisfaction-low").evidence(sentence(s.text(), m))
              .at(s.location())
              .args(m.group(), lexicon.satisfactionFloor()).emit();
        }
      }
    }
    s.parts().forEach(p -> prose(p, lexicon, context));
  }

  /** The sentence of the text a match stands in, so the reader can find it among the items. */
  private static String sentence(String text, java.util.regex.Matcher m) {
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
