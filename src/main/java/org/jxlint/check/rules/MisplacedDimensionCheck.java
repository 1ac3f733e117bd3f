package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.config.Vocabulary;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/**
 * An indicator whose meaning does not match the dimension it stands in: a deadline under 质量 or
 * 效益, a compliance or coverage rate under 时效, money or staffing counted as an output or benefit,
 * satisfaction under a benefit, social wording under 生态效益.
 */
@LintRule(
    id = "misplaced-dimension",
    name = "指标放错维度",
    severity = Severity.WARNING,
    category = Category.DIMENSION,
    summary = "指标的含义与所在维度不符，如时间指标放在质量或效益下、时效指标下放合规性或覆盖率。")
public final class MisplacedDimensionCheck implements Check {

  private static final Set<String> BENEFITS = Set.of("economic", "social", "ecological", "sustained");
  private static final Set<String> OUTPUT_OR_BENEFIT =
      Set.of("quantity", "quality", "economic", "social", "ecological", "sustained", "benefit");

  @Override
  public void check(Submission submission, CheckContext context) {
    Vocabulary vocabulary = context.vocabulary();
    IndicatorLexicon lexicon = vocabulary.indicators();
    for (Indicator row : Rows.all(submission)) {
      Optional<String> dimension = Rows.dimension(row, vocabulary);
      if (dimension.isEmpty() || Rows.name(row).isEmpty()) {
        continue;
      }
      checkRow(row, dimension.get(), lexicon, vocabulary, context);
    }
  }

  /**
   * What makes an indicator under 时效 about time though no time word names it: a date it is
   * measured by (2026年, 12月底…), or a word of rule-words timely-words (及时发放率, 按计划完工).
   */
  private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
      "(?:19|20)\\d{2}年|\\d{1,2}月(?:底|末|前|份)");

  /** A value that ends in an amount of money (补贴5万元。). */
  private static final java.util.regex.Pattern MONEY_AT_END = java.util.regex.Pattern.compile(
      "\\d(?:\\.\\d+)?[万亿]?元[。.；;]?$");

  /** Units that count things or people. */
  private static final Set<String> COUNTS = Set.of("count", "people", "household");


  private static void checkRow(Indicator row, String dimension, IndicatorLexicon lexicon,
      Vocabulary vocabulary, CheckContext context) {
    String name = Rows.name(row);
    boolean timeName = lexicon.means(name, "time");
    boolean time = timeName || Rows.hasTimeValue(row);
    String family = Rows.unitFamily(row, vocabulary);
    if (time && !dimension.equals("time") && !dimension.equals("satisfaction")) {
      // Under 质量 a time requirement is certainly misfiled; under a 效益 a 受益期限 may be how
      // long the benefit lasts, which is the unit's call.
      // A span a benefit lasts (受益期限, 使用年限: rule-words lasting-spans), not a deadline.
      boolean lasting = BENEFITS.contains(dimension)
          && RuleWords.in(lexicon, "lasting-spans", name);
      context.report("time-elsewhere").on(row, IndicatorField.NAME)
          .args(Rows.label(row), Rows.dimensionAsWritten(row))
          .severity(dimension.equals("quality") ? Severity.ERROR
              : lasting ? Severity.INFO : Severity.WARNING).emit();
      return;
    }
    if (dimension.equals("time")) {
      boolean timely = time || DATED.matcher(name).find()
          || RuleWords.in(lexicon, "timely-words", name);
      if (!timely && !"duration".equals(family)) {
        String belongs = lexicon.meaningOf(name).map(MisplacedDimensionCheck::home)
            .orElse("quality");
        context.report("not-time").on(row, IndicatorField.NAME)
            .args(Rows.label(row), Rows.dimensionAsWritten(row), CheckContext.term("dimension." + belongs),
                context.adviceYear())
            .severity(Severity.ERROR).emit();
      }
      return;
    }
    // Older forms put 满意度 under 效益 with no 二级 of its own: only a named 二级 is wrong.
    if (lexicon.means(name, "satisfaction") && !dimension.equals("satisfaction")
        && !dimension.equals("benefit")) {
      context.report("satisfaction-elsewhere").on(row, IndicatorField.NAME)
          .args(Rows.label(row), Rows.dimensionAsWritten(row)).emit();
      return;
    }
    boolean input = lexicon.means(name, "input")
        || ("money".equals(family) && dimension.equals("quantity"))
        // 对学校体育场馆补贴5万元: a sentence under 数量 whose figure is an amount of money
        || (family == null && dimension.equals("quantity")
            && MONEY_AT_END.matcher(org.jxlint.text.TextNormalizer.compact(row.value())).find());
    if (input && OUTPUT_OR_BENEFIT.contains(dimension)) {
      context.report("input").on(row, IndicatorField.NAME)
          .args(Rows.label(row), Rows.dimensionAsWritten(row)).emit();
      return;
    }
    if (dimension.equals("cost") && "percent".equals(family)) {
      // A rate under 成本 whose name holds no cost (按定价标准采购 100%, 开展活动 100%) measures
      // how a thing is done, not what it costs.
      Optional<String> meaning = lexicon.meaningOf(name);
      if (meaning.filter(m -> m.equals("cost") || m.equals("input")).isEmpty()) {
        context.report("not-cost").on(row, IndicatorField.NAME)
            .args(Rows.label(row), Rows.dimensionAsWritten(row),
                CheckContext.term("dimension." + meaning.map(MisplacedDimensionCheck::home)
                    .orElse("quality")))
            .emit();
        return;
      }
    }
    if (dimension.equals("quantity") && "percent".equals(family)
        && lexicon.meaningOf(name).filter(m -> m.equals("quality")).isPresent()) {
      // 整治河渠环境达标率 ≥90% under 数量: how well a thing is done is a quality (R23).
      context.report("rate-in-quantity").on(row, IndicatorField.NAME)
          .args(Rows.label(row), Rows.dimensionAsWritten(row)).emit();
      return;
    }
    if (dimension.equals("quality") && family != null && COUNTS.contains(family)
        && lexicon.meaningOf(name).filter(m -> !m.equals("quantity")).isEmpty()
        && !RuleWords.in(lexicon, "passed-standard", name)) {
      // 培训残疾人 300人 under 质量: how many is a quantity; the quality is how well (合格率).
      context.report("count-in-quality").on(row, IndicatorField.VALUE)
          .args(Rows.label(row), Rows.dimensionAsWritten(row), Rows.valueWithUnit(row))
          .severity(Severity.INFO).emit();
      return;
    }
    if (BENEFITS.contains(dimension) && !lexicon.means(name, dimension)) {
      for (String other : List.of("economic", "social", "ecological", "sustained")) {
        if (!other.equals(dimension) && lexicon.means(name, other)) {
          // Where one 效益 ends and the next begins is the unit's call: a hint, not a defect.
          context.report("benefit").on(row, IndicatorField.NAME)
              .args(Rows.label(row), Rows.dimensionAsWritten(row), CheckContext.term("dimension." + other))
              .severity(Severity.INFO).emit();
          return;
        }
      }
    }
  }

  /** Where an indicator of this meaning belongs. */
  private static String home(String meaning) {
    return switch (meaning) {
      case "coverage", "quantity" -> "quantity";
      case "input", "cost" -> "cost";
      case "economic", "social", "ecological", "sustained", "satisfaction" -> meaning;
      default -> "quality";
    };
  }
}
