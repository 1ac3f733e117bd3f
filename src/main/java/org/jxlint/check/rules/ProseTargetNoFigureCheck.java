package org.jxlint.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * Sentences of the written targets that hold no figure (吸纳本地群众就近就地就业): each on its own,
 * or, where {@value MeasurableValues#MANY} or more stand in one text, one finding quoting each
 * sentence once. An item that is only vague wording is {@code prose-target-vague}'s.
 */
@LintRule(
    id = "prose-target-no-figure",
    name = "文字目标没有数字或时间",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "文字写的绩效目标中，一句承诺没有任何数量、比率或时间（“吸纳本地群众就近就地就业”），年底无法对照考核。",
    aliases = MeasurableValues.ALIAS)
public final class ProseTargetNoFigureCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    String vagueItems = TextNormalizer.compact(String.join("",
        MeasurableValues.vagueProse(submission, context.vocabulary().indicators()).stream()
            .flatMap(p -> p.items().stream()).toList()));
    Set<SourceLocation> cut = Rows.cutShort(submission);
    for (IndicatorTable table : submission.tables()) {
      List<Indicator> figureless = new ArrayList<>();
      // A sentence that measures what it does (完成550米道路建设任务) says what for in a clause
      // of no figure (解决群众出行问题): that clause is its purpose, not a target of its own.
      Set<String> measured = new java.util.HashSet<>();
      for (Indicator row : table.indicators()) {
        if (row.evidence() != null && !MeasurableValues.proseWithoutFigure(table, row)) {
          measured.add(TextNormalizer.compact(row.evidence()));
        }
      }
      for (Indicator row : table.indicators()) {
        // unless its part of the written targets says it is only wording (prose-target-vague)
        if (!cut.contains(row.location()) && MeasurableValues.proseWithoutFigure(table, row)
            && !vagueItems.contains(TextNormalizer.compact(Rows.name(row)))
            && (row.evidence() == null
                || !measured.contains(TextNormalizer.compact(row.evidence())))) {
          figureless.add(row);
        }
      }
      report(figureless, context);
    }
  }

  private static void report(List<Indicator> rows, CheckContext context) {
    if (rows.isEmpty()) {
      return;
    }
    if (rows.size() < MeasurableValues.MANY) {
      for (Indicator row : rows) {
        context.report("prose-no-figure").on(row, IndicatorField.NAME).evidence(sentence(row))
            .args(Rows.name(row)).emit();
      }
      return;
    }
    context.report("prose-no-figure-many").on(rows.get(0), IndicatorField.NAME)
        .evidence(String.join("；", rows.stream().map(ProseTargetNoFigureCheck::sentence)
            .distinct().toList()))
        .args(rows.size(), String.join("”“", rows.stream().limit(3).map(Rows::name).toList()))
        .emit();
  }

  /** The sentence a prose row was read from (its name when none was kept). */
  private static String sentence(Indicator row) {
    return row.evidence() == null ? Rows.name(row) : row.evidence().strip();
  }
}
