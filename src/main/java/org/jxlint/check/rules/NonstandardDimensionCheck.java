package org.jxlint.check.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A 一级 or 二级 name that belongs to no known framework (with the nearest standard name as a
 * suggestion), or a 二级 under a 一级 it does not belong to (社会效益指标 under 产出指标).
 */
@LintRule(
    id = "nonstandard-dimension",
    name = "维度名称不规范",
    severity = Severity.WARNING,
    category = Category.DIMENSION,
    summary = "一级、二级指标名称不在任何指标体系中，或二级指标放在了不对应的一级指标下。")
public final class NonstandardDimensionCheck implements Check {

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  @Override
  public void check(Submission submission, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    List<String> level1Spellings = frameworks.spellings(false);
    List<String> level2Spellings = frameworks.spellings(true);
    for (IndicatorTable table : submission.tables()) {
      if (table.fromProse()) {
        continue; // a paragraph's heading is the writer's own word, not a template's dimension cell
      }
      Set<String> reported = new HashSet<>();
      for (Indicator row : table.indicators()) {
        String l1 = TextNormalizer.compact(row.level1());
        String l2 = TextNormalizer.compact(row.level2());
        Optional<String> std1 = frameworks.level1Name(row.level1());
        Optional<String> std2 = frameworks.level2Name(row.level2());
        if (!l1.isEmpty() && std1.isEmpty() && reported.add("1:" + l1)) {
          unknown(context, row, IndicatorField.LEVEL1, nearest(l1, level1Spellings));
        }
        if (!l2.isEmpty() && std2.isEmpty() && std1.isPresent() && reported.add("2:" + l2)) {
          unknown(context, row, IndicatorField.LEVEL2, nearest(l2, level2Spellings));
        }
        if (std1.isPresent() && std2.isPresent() && !frameworks.belongsTo(row.level1(), row.level2())
            && frameworks.level1Name(row.level2()).isEmpty()
            && reported.add("p:" + std1.get() + ">" + std2.get())) {
          context.report("parent").on(row, IndicatorField.LEVEL2)
              .args(TextNormalizer.despace(row.level2()), TextNormalizer.despace(row.level1()))
              .emit();
        }
      }
    }
  }

  private static void unknown(CheckContext context, Indicator row, IndicatorField field,
      Optional<String> near) {
    // A name the catalogue does not know is a matter of wording (old templates, a province's
    // own words): a hint. A slip of the pen beside a standard name (数据指标) stays a warning;
    // the standard name with words added (服务对象或受益者满意度指标) is only a hint.
    String text = TextNormalizer.despace(row.text(field));
    if (near.isPresent()) {
      boolean added = inOrder(near.get(), TextNormalizer.compact(text));
      context.report("unknown-near").on(row, field).args(text, near.get())
          .severity(added ? Severity.INFO : Severity.WARNING).emit();
    } else {
      context.report("unknown").on(row, field).args(text).severity(Severity.INFO).emit();
    }
  }

  /** The closest standard spelling, when it is close enough to be what was meant. */
  private static Optional<String> nearest(String text, List<String> spellings) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String s : spellings) {
      int d = EDITS.apply(text, TextNormalizer.compact(s));
      if (d < bestDistance) {
        best = s;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(1, text.length() / 3)
        ? Optional.of(best) : Optional.empty();
  }

  /** Whether every character of {@code standard} appears in {@code text}, in order. */
  private static boolean inOrder(String standard, String text) {
    int at = 0;
    for (int i = 0; i < standard.length(); i++) {
      at = text.indexOf(standard.charAt(i), at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }
}
