package org.jxlint.check.rules;

import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/**
 * A 三级 name with a numeric target that is two clauses run together (禁毒宣传；法治宣传): one row
 * may measure several things. Whether it does is a judgement of wording, so it is a hint. A name
 * that is a question or a demand is {@link IndicatorNameNotMetricCheck}'s, however it is punctuated.
 */
@LintRule(
    id = "indicator-name-is-sentence",
    name = "指标名称是一整句话",
    severity = Severity.INFO,
    category = Category.MEASURABILITY,
    summary = "配了数值目标的三级指标名称是用逗号、分号连起来的一整句话，可能一个指标考核了几件事。",
    aliases = "indicator-name-not-metric")
public final class IndicatorNameIsSentenceCheck implements Check {

  private static final Pattern CLAUSES = Pattern.compile("[，,；;。]");

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Indicator row : Rows.all(submission)) {
      String name = IndicatorNameNotMetricCheck.numericName(row);
      if (!name.isEmpty() && !IndicatorNameNotMetricCheck.questionOrDemand(name, lexicon)
          && CLAUSES.matcher(name).find()) {
        context.report("sentence").on(row, IndicatorField.NAME).args(Rows.label(row)).emit();
      }
    }
  }
}
