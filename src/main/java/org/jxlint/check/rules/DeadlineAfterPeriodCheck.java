package org.jxlint.check.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.PartialDate;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.text.TargetValueParser;
import org.jxlint.text.TextNormalizer;

/** A time indicator due after the project's period has ended (期限至2026年11月, 2026年底前完成). */
@LintRule(
    id = "deadline-after-period",
    name = "完成时间晚于项目期限",
    severity = Severity.ERROR,
    category = Category.TIME,
    summary = "时效指标要求的完成时间晚于表头写的项目期限。",
    aliases = Inconsistencies.ALIAS)
public final class DeadlineAfterPeriodCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    TargetValueParser parser = null;
    for (IndicatorTable table : submission.tables()) {
      Optional<Project> project = Budgets.project(table, submission)
          .filter(p -> !TextNormalizer.isBlank(p.period()));
      if (project.isEmpty()) {
        continue;
      }
      if (parser == null) {
        parser = new TargetValueParser(context.vocabulary().values());
      }
      TargetValue period = parser.parse(project.get().period());
      LocalDate ends = lastDay(period.end(), submission.year());
      if (ends == null) {
        continue;
      }
      for (Indicator row : table.indicators()) {
        TargetValue t = row.target();
        LocalDate due = t == null || !Rows.hasTimeValue(row) ? null
            : lastDay(t.end(), submission.year());
        if (due != null && due.isAfter(ends)) {
          context.report("after-period").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), row.value().strip(), project.get().period().strip())
              .emit();
        }
      }
    }
  }

  /** The last day a date as written can mean: 2026年 → 12-31, 2026年11月 → 11-30. */
  private static LocalDate lastDay(PartialDate d, Integer budgetYear) {
    if (d == null) {
      return null;
    }
    Integer year = d.year() != null ? d.year() : budgetYear;
    if (year == null || year < 1900 || year > 2200) {
      return null;
    }
    if (d.month() == null) {
      return LocalDate.of(year, 12, 31);
    }
    if (d.month() < 1 || d.month() > 12) {
      return null;
    }
    YearMonth ym = YearMonth.of(year, d.month());
    if (d.day() == null) {
      return ym.atEndOfMonth();
    }
    return d.day() >= 1 && d.day() <= ym.lengthOfMonth() ? ym.atDay(d.day()) : null;
  }
}
