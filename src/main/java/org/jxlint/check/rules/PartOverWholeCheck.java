package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
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
 * A part counted higher than its whole (“新建村级卫生室数量 5个” under “卫生室数量 3个”): the
 * whole's name ends the part's, in the same unit. Each part is compared with the most specific
 * whole (the longest name; of rows of one name and unit, the smallest figure), found by index.
 */
@LintRule(
    id = "part-over-whole",
    name = "分项大于总数",
    severity = Severity.ERROR,
    category = Category.CONSISTENCY,
    summary = "分项指标（总数指标的名称加限定语）的数字大于总数。",
    aliases = Inconsistencies.ALIAS)
public final class PartOverWholeCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    for (IndicatorTable table : submission.tables()) {
      check(table.indicators(), context);
    }
  }

  private static void check(List<Indicator> rows, CheckContext context) {
    List<Indicator> counts = rows.stream().filter(Inconsistencies::countable).toList();
    if (counts.size() < 2) {
      return;
    }
    Map<String, Map<String, Indicator>> wholes = new HashMap<>();
    for (Indicator whole : counts) {
      String wn = TextNormalizer.compact(Rows.name(whole));
      if (wn.length() >= 4) {
        wholes.computeIfAbsent(wn, k -> new HashMap<>()).merge(whole.target().unit(),
            whole, (a, b) -> b.target().number().compareTo(a.target().number()) < 0 ? b : a);
      }
    }
    NameSuffixes<Map<String, Indicator>> index = new NameSuffixes<>();
    wholes.forEach(index::add);
    for (Indicator part : counts) {
      BigDecimal n = part.target().number();
      String unit = part.target().unit();
      NameSuffixes.Entry<Map<String, Indicator>> hit = index.longestSuffix(
          TextNormalizer.compact(Rows.name(part)), 4, 2, byUnit -> byUnit.containsKey(unit)
              && n.compareTo(byUnit.get(unit).target().number()) > 0);
      if (hit != null) {
        Indicator whole = hit.value().get(unit);
        context.report("part-over-whole").on(part, IndicatorField.VALUE)
            .args(Rows.label(part), Rows.valueWithUnit(part), Rows.label(whole),
                Rows.valueWithUnit(whole))
            .emit();
      }
    }
  }
}
