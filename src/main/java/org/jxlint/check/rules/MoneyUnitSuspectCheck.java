package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.MetaField;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.model.SubmissionKind;
import org.jxlint.text.TextNormalizer;

/**
 * A money unit the figures contradict: amounts labelled 元 written to more than two decimals
 * (2887.86941 “元” are 万元), a department's whole budget of a few hundred 元, a figure in 元 that
 * would be a billion 万元.
 */
@LintRule(
    id = "money-unit-suspect",
    name = "金额单位可疑",
    severity = Severity.ERROR,
    category = Category.ARITHMETIC,
    summary = "金额的数值与所标的单位矛盾，如标“元”的金额有五位小数、整个部门预算只有几百元。")
public final class MoneyUnitSuspectCheck implements Check {

  /** A department spends at least this many 元 a year; less means the figures are 万元. */
  private static final BigDecimal SMALLEST_DEPARTMENT_YUAN = new BigDecimal(10_000);

  @Override
  public void check(Submission submission, CheckContext context) {
    MoneyUnit unit = submission.moneyUnit();
    if (unit != MoneyUnit.YUAN) {
      return;
    }
    List<Amount> amounts = new ArrayList<>();
    submission.funds().forEach(f -> collect(f, amounts));
    for (Project p : submission.projects()) {
      for (Amount a : new Amount[] {p.total(), p.annual(), p.fiscal(), p.other()}) {
        if (a != null && a.value() != null && !writtenWithUnit(a)) {
          amounts.add(a);
        }
      }
    }
    for (Amount a : amounts) {
      if (a.value().scale() > 2) {
        context.report("decimals").onMeta(MetaField.MONEY_UNIT, a.raw().strip())
            .args(a.raw().strip(), a.value().scale()).emit();
        return;
      }
    }
    if (submission.kind() == SubmissionKind.DEPARTMENT && !submission.funds().isEmpty()) {
      FundItem top = submission.funds().get(0);
      if (top.amount() != null && top.amount().value() != null && !writtenWithUnit(top.amount())
          && top.amount().value().signum() > 0
          && top.amount().value().compareTo(SMALLEST_DEPARTMENT_YUAN) < 0) {
        context.report("too-small").onMeta(MetaField.MONEY_UNIT, top.amount().raw().strip())
            .args(TextNormalizer.despace(top.label()), top.amount().raw().strip()).emit();
      }
    }
  }

  private static void collect(FundItem item, List<Amount> out) {
    for (Amount a : new Amount[] {item.amount()}) {
      if (a != null && a.value() != null && !writtenWithUnit(a)) {
        out.add(a);
      }
    }
    for (Amount y : item.years().values()) {
      if (y != null && y.value() != null && !writtenWithUnit(y)) {
        out.add(y);
      }
    }
    item.children().forEach(c -> collect(c, out));
  }

  /** A figure that names its own unit (650.40万元) is not governed by the table's label. */
  private static boolean writtenWithUnit(Amount a) {
    return a.raw() != null && a.raw().contains("元");
  }
}
