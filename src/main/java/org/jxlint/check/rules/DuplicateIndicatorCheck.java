package org.jxlint.check.rules;

import java.util.HashMap;
import java.util.Map;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * The same 三级 name twice under one dimension of one table, which the national budget system
 * refuses to save. The same name under two dimensions is {@code duplicate-across-dimensions}.
 */
@LintRule(
    id = "duplicate-indicator",
    name = "三级指标重名",
    severity = Severity.ERROR,
    category = Category.DUPLICATION,
    summary = "同一张表同一维度下，三级指标名称重复（一体化系统不允许保存）。")
public final class DuplicateIndicatorCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      Map<String, Indicator> seen = new HashMap<>();
      for (Indicator row : table.indicators()) {
        String name = TextNormalizer.bare(row.name());
        if (name.isEmpty()) {
          continue;
        }
        String key = TextNormalizer.compact(row.level1()) + "|" + TextNormalizer.compact(row.level2())
            + "|" + name;
        Indicator first = seen.putIfAbsent(key, row);
        if (first != null) {
          context.report("twice").on(row, IndicatorField.NAME)
              .args(Rows.label(row), Rows.dimensionAsWritten(row)).emit();
        }
      }
    }
  }
}
