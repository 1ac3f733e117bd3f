package org.jxlint.check.rules;

import java.util.ArrayList;
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
 * A 一级 or 二级 name a slip of the pen away from a standard one (数据指标 for 数量指标), or a 二级
 * under a 一级 it does not belong to (社会效益指标 under 产出指标). A name no framework knows, or a
 * standard name with words added, is {@link UnlistedDimensionNameCheck}'s hint.
 */
@LintRule(
    id = "nonstandard-dimension",
    name = "维度名称不规范",
    severity = Severity.WARNING,
    category = Category.DIMENSION,
    summary = "一级、二级指标名称与规范名称只差一两个字（错别字），或二级指标放在了不对应的一级指标下。")
public final class NonstandardDimensionCheck implements Check {

  private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

  /**
   * A 一级 or 二级 name of a table that no framework knows, said once per table: the nearest
   * standard name when it is close, and whether the name is only that standard name with words
   * added (服务对象或受益者满意度指标), a matter of wording.
   */
  record Unknown(Indicator row, IndicatorField field, String text, Optional<String> near,
      boolean wording) {}

  @Override
  public void check(Submission submission, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    for (IndicatorTable table : submission.tables()) {
      if (table.fromProse()) {
        continue; // a paragraph's heading is the writer's own word, not a template's dimension cell
      }
      for (Unknown u : unknownNames(table, frameworks)) {
        if (!u.wording()) {
          context.report("unknown-near").on(u.row(), u.field()).args(u.text(), u.near().get())
              .emit();
        }
      }
      Set<String> reported = new HashSet<>();
      for (Indicator row : table.indicators()) {
        Optional<String> std1 = frameworks.level1Name(row.level1());
        Optional<String> std2 = frameworks.level2Name(row.level2());
        if (std1.isPresent() && std2.isPresent() && !frameworks.belongsTo(row.level1(), row.level2())
            && frameworks.level1Name(row.level2()).isEmpty()
            && reported.add(std1.get() + ">" + std2.get())) {
          context.report("parent").on(row, IndicatorField.LEVEL2)
              .args(TextNormalizer.despace(row.level2()), TextNormalizer.despace(row.level1()))
              .emit();
        }
      }
    }
  }

  /**
   * The names of a table no framework knows, each once: a 一级, and a 二级 under a known 一级. A
   * name the catalogue does not know is a matter of wording (old templates, a province's own
   * words), and so is the standard name with words added; a slip of the pen beside a standard
   * name (数据指标) is not.
   */
  static List<Unknown> unknownNames(IndicatorTable table, FrameworkCatalog frameworks) {
    List<String> level1Spellings = frameworks.spellings(false);
    List<String> level2Spellings = frameworks.spellings(true);
    Set<String> seen = new HashSet<>();
    List<Unknown> out = new ArrayList<>();
    for (Indicator row : table.indicators()) {
      String l1 = TextNormalizer.compact(row.level1());
      String l2 = TextNormalizer.compact(row.level2());
      Optional<String> std1 = frameworks.level1Name(row.level1());
      if (!l1.isEmpty() && std1.isEmpty() && seen.add("1:" + l1)) {
        out.add(unknown(row, IndicatorField.LEVEL1, nearest(l1, level1Spellings)));
      }
      if (!l2.isEmpty() && frameworks.level2Name(row.level2()).isEmpty() && std1.isPresent()
          && seen.add("2:" + l2)) {
        out.add(unknown(row, IndicatorField.LEVEL2, nearest(l2, level2Spellings)));
      }
    }
    return out;
  }

  private static Unknown unknown(Indicator row, IndicatorField field, Optional<String> near) {
    String text = TextNormalizer.despace(row.text(field));
    boolean wording = near.isEmpty() || inOrder(near.get(), TextNormalizer.compact(text));
    return new Unknown(row, field, text, near, wording);
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
