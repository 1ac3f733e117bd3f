package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * A name that fixes the figure its value does not: “惠农补贴100%发放到户 ≥98%”, “村组禁毒宣传全覆盖
 * ≥90%” (a word for “all” fixes 100%).
 */
@LintRule(
    id = "name-value-mismatch",
    name = "名称与指标值矛盾",
    severity = Severity.ERROR,
    category = Category.CONSISTENCY,
    summary = "指标名称已写明比例或“全覆盖”“全部”，指标值却是另一个比例。",
    aliases = Inconsistencies.ALIAS)
public final class NameValueMismatchCheck implements Check {

  private static final Pattern PERCENT_IN_NAME = Pattern.compile("(?<!\\d)(\\d++(?:\\.\\d++)?+)\\s*+%");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (IndicatorTable table : submission.tables()) {
      for (Indicator row : table.indicators()) {
        check(row, lexicon, context);
      }
    }
  }

  private static void check(Indicator row, IndicatorLexicon lexicon, CheckContext context) {
    TargetValue t = row.target();
    if (t == null || t.kind() != ValueKind.NUMBER || !"%".equals(t.unit())) {
      return;
    }
    String name = TextNormalizer.compact(Rows.name(row));
    BigDecimal fixed = null;
    String said = null;
    Matcher m = PERCENT_IN_NAME.matcher(name);
    if (m.find()) {
      fixed = new BigDecimal(m.group(1));
      said = m.group();
    } else {
      Optional<String> whole = IndicatorLexicon.longestIn(name, lexicon.words("whole-markers"));
      if (whole.isPresent()) {
        fixed = HUNDRED;
        said = whole.get();
      }
    }
    if (fixed != null && t.number().compareTo(fixed) != 0) {
      context.report("name-value").on(row, IndicatorField.VALUE)
          .args(Rows.label(row), said, Rows.valueWithUnit(row)).emit();
    }
  }
}
