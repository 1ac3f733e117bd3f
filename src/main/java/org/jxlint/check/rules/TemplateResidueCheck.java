package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Goal;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.text.IdentityMemo;
import org.jxlint.text.RegexCues;
import org.jxlint.text.TextNormalizer;

/**
 * What a template left behind: “≥**%”, “XX”, “(必填)”, “请填写…”, “注：各地请根据实际情况…” —
 * the placeholder or sample was never replaced by this unit's own target.
 */
@LintRule(
    id = "template-residue",
    name = "模板内容未删改",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "表中留有模板的占位符或说明，如“≥**%”“XX”“(必填)”“请填写…”。")
public final class TemplateResidueCheck implements Check {

  private static final List<IndicatorField> FIELDS = List.of(IndicatorField.LEVEL1,
      IndicatorField.LEVEL2, IndicatorField.NAME, IndicatorField.COMPARATOR, IndicatorField.VALUE,
      IndicatorField.UNIT, IndicatorField.EXPLANATION, IndicatorField.SCORING,
      IndicatorField.BASIS, IndicatorField.REMARK);

  /** The lexicon's patterns as one alternation, compiled once per word list. */
  private static final IdentityMemo<List<Pattern>, RegexCues.Cued> COMBINED =
      new IdentityMemo<>(64);

  @Override
  public void check(Submission submission, CheckContext context) {
    RegexCues.Cued patterns = COMBINED.get(
        context.vocabulary().indicators().templateResidue(), RegexCues::union);
    for (org.jxlint.model.IndicatorTable table : submission.tables()) {
      for (IndicatorField f : FIELDS) {
        cells(table.indicators(), f, patterns, context);
      }
    }
    for (Goal g : submission.goals()) {
      if (residue(g.text(), patterns)) {
        context.report("text").evidence(g.text()).at(g.location()).emit();
      }
    }
    for (Section s : submission.sections()) {
      prose(s, patterns, context);
    }
  }

  /**
   * The residue in one column of a table: the same residue down the column (指标1：, 指标2： …) is
   * one finding naming how many rows carry it; a residue of its own is one finding for its cell.
   */
  private static void cells(List<Indicator> rows, IndicatorField f, RegexCues.Cued patterns,
      CheckContext context) {
    java.util.Map<String, List<Indicator>> byResidue = new java.util.LinkedHashMap<>();
    java.util.Map<String, String> written = new java.util.HashMap<>();
    // A column repeats its cells (一级、二级、单位、指标值类型): each text is matched once.
    java.util.Map<String, Optional<String>> matched = new java.util.HashMap<>();
    for (Indicator row : rows) {
      String text = row.text(f);
      if (text == null || text.isBlank()) {
        continue;
      }
      Optional<String> residue = matched.computeIfAbsent(text, t -> {
        String clean = TextNormalizer.clean(t);
        if (!patterns.mayMatch(clean)) {
          return Optional.empty();
        }
        java.util.regex.Matcher m = patterns.pattern().matcher(clean);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
      });
      if (residue.isPresent()) {
        String key = DIGITS.matcher(residue.get()).replaceAll("N");
        byResidue.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(row);
        written.putIfAbsent(key, residue.get().strip());
      }
    }
    for (var e : byResidue.entrySet()) {
      List<Indicator> carrying = e.getValue();
      if (carrying.size() > 1) {
        // 原文: each distinct cell that carries it, so every one can be found and mended.
        String cells = String.join("；", carrying.stream().map(r -> r.text(f).strip()).distinct()
            .toList());
        context.report("column").on(carrying.get(0), f).evidence(cells)
            .args(CheckContext.term("term.field." + f.key()), carrying.size(),
                written.get(e.getKey()))
            .emit();
      } else {
        context.report("cell").on(carrying.get(0), f)
            .args(Rows.label(carrying.get(0)), written.get(e.getKey())).emit();
      }
    }
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private static void prose(Section s, RegexCues.Cued patterns, CheckContext context) {
    if (residue(s.text(), patterns)) {
      context.report("text").evidence(s.text()).at(s.location()).emit();
    }
    for (Section part : s.parts()) {
      prose(part, patterns, context);
    }
  }

  private static boolean residue(String text, RegexCues.Cued patterns) {
    if (text == null || text.isBlank()) {
      return false;
    }
    return patterns.find(TextNormalizer.clean(text));
  }
}
