package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.model.ValueKind;
import org.jxlint.text.TextNormalizer;

/**
 * The scoring rule contradicts the target: full marks at a threshold other than the target's
 * (target ≥95%, “达到100%得2分”), or a qualitative target that is none of the grades the scoring
 * names (持续推动 against “效果明显得10分，效果一般得5分”).
 */
@LintRule(
    id = "scoring-target-mismatch",
    name = "评分标准与指标值不一致",
    severity = Severity.WARNING,
    category = Category.CONSISTENCY,
    summary = "评（扣）分标准与指标值矛盾：满分门槛与目标值不同，或定性指标值不是评分标准列出的等级。")
public final class ScoringTargetMismatchCheck implements Check {

  /** “达到95%得”, “95%及以上得”, “达到100%的得”. */
  private static final Pattern THRESHOLD = Pattern.compile(
      "(?:达到|达|不低于)(\\d+(?:\\.\\d+)?)%(?:及以上|以上)?的?得|(\\d+(?:\\.\\d+)?)%及?以上的?得");
  /** “效果明显得10分” → 效果明显. */
  private static final Pattern GRADE = Pattern.compile("([\\p{IsHan}]{1,6})得\\d+(?:\\.\\d+)?分");

  @Override
  public void check(Submission submission, CheckContext context) {
    for (Indicator row : Rows.all(submission)) {
      String scoring = TextNormalizer.compact(row.scoring());
      TargetValue t = row.target();
      if (scoring.isEmpty() || t == null) {
        continue;
      }
      if (t.kind() == ValueKind.NUMBER && "%".equals(t.unit()) && t.number() != null) {
        Matcher m = THRESHOLD.matcher(scoring);
        if (m.find()) {
          BigDecimal threshold = new BigDecimal(m.group(1) != null ? m.group(1) : m.group(2));
          if (threshold.compareTo(t.number()) != 0) {
            context.report("threshold").on(row, IndicatorField.SCORING)
                .args(Rows.label(row), Rows.written(row), threshold.toPlainString() + "%")
                .emit();
          }
        }
      } else if (t.kind() == ValueKind.QUALITATIVE) {
        List<String> grades = grades(scoring, context.vocabulary().indicators());
        String value = TextNormalizer.compact(row.value());
        if (grades.size() >= 2 && grades.stream().noneMatch(value::equals)) {
          context.report("grade").on(row, IndicatorField.VALUE)
              .args(Rows.label(row), row.value().strip(), String.join("、", grades)).emit();
        }
      }
    }
  }

  /**
   * The grade words a scoring rule gives marks for; conditions (达到…, 按时…, 每…: rule-words
   * not-grade-words) are not grades.
   */
  private static List<String> grades(String scoring, org.jxlint.config.IndicatorLexicon lexicon) {
    List<String> out = new ArrayList<>();
    for (String clause : scoring.split("[，,；;。]")) {
      Matcher m = GRADE.matcher(clause);
      if (m.find() && m.start() == 0) {
        String g = m.group(1).replaceFirst("^(评价为|评为|为)", "");
        if (!RuleWords.in(lexicon, "not-grade-words", g) && !out.contains(g)) {
          out.add(g);
        }
      }
    }
    return out;
  }
}
