package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.IndicatorLexicon.UnitExpectation;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * Units that do not fit the indicator: a rate without %, people counted in 次, an amount in %, a
 * deadline given as a number; a rate above 100%; 百分比 written out as a unit.
 */
@LintRule(
    id = "unit-mismatch",
    name = "计量单位与指标不符",
    severity = Severity.ERROR,
    category = Category.MEASURABILITY,
    summary = "计量单位与指标名称不符，如比率没有%、人数以“次”计、金额用%、比率超过100%、把%写成“百分比”。")
public final class UnitMismatchCheck implements Check {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public void check(Submission submission, CheckContext context) {
    Vocabulary vocabulary = context.vocabulary();
    IndicatorLexicon lexicon = vocabulary.indicators();
    for (IndicatorTable table : submission.tables()) {
      Indicator spelledOut = null;
      int spelledOutCount = 0;
      for (Indicator row : table.indicators()) {
        TargetValue t = row.target();
        if (t == null || (t.kind() != ValueKind.NUMBER && t.kind() != ValueKind.RANGE)) {
          continue;
        }
        checkRow(row, t, lexicon, vocabulary, context);
        if (t.unitAsWritten() != null && t.unitAsWritten().contains("百分比")) {
          spelledOutCount++;
          spelledOut = spelledOut == null ? row : spelledOut;
        }
      }
      if (spelledOut != null) {
        context.report("spelled-out").on(spelledOut, unitField(spelledOut))
            .args(spelledOutCount).severity(Severity.INFO).emit();
      }
    }
  }

  private static void checkRow(Indicator row, TargetValue t, IndicatorLexicon lexicon,
      Vocabulary vocabulary, CheckContext context) {
    String name = Rows.name(row);
    String family = t.unit() == null ? null : vocabulary.values().familyOf(t.unit());
    Optional<UnitExpectation> expected = lexicon.unitExpectation(name);
    if (expected.isPresent()) {
      UnitExpectation e = expected.get();
      boolean percentWanted = e.families().contains("percent");
      if (family != null && !e.families().contains(family)) {
        context.report("family").on(row, unitField(row))
            .args(Rows.label(row), CheckContext.term("unit.what." + e.what()), unitText(row, t)).emit();
        return;
      }
      if (t.unit() == null && percentWanted && !Rows.rateAsFraction(row, lexicon)) {
        context.report("rate-without-percent").on(row, IndicatorField.VALUE).args(Rows.label(row))
            .severity(Severity.WARNING).emit();
        return;
      }
    }
    if (expected.isEmpty() && Rows.costInPercent(row, vocabulary)) {
      context.report("family").on(row, unitField(row))
          .args(Rows.label(row), CheckContext.term("unit.what.money"), unitText(row, t)).emit();
      return;
    }
    if ("percent".equals(family) && "%".equals(t.unit()) && t.number() != null
        && isRate(name, lexicon) && over100(t)) {
      context.report("over-100").on(row, IndicatorField.VALUE).args(Rows.label(row))
          .severity(Severity.WARNING).emit();
    }
  }

  private static boolean isRate(String name, IndicatorLexicon lexicon) {
    String n = TextNormalizer.compact(name);
    return (n.endsWith("率") || n.endsWith("度") || n.endsWith("占比") || n.endsWith("比例"))
        && !IndicatorLexicon.containsAny(n, lexicon.unboundedRates());
  }

  private static boolean over100(TargetValue t) {
    BigDecimal top = t.upper() != null ? t.upper() : t.number();
    return top.compareTo(HUNDRED) > 0;
  }

  private static IndicatorField unitField(Indicator row) {
    return TextNormalizer.isBlank(row.unit()) ? IndicatorField.VALUE : IndicatorField.UNIT;
  }

  private static String unitText(Indicator row, TargetValue t) {
    return t.unitAsWritten() != null ? t.unitAsWritten() : t.unit();
  }
}
