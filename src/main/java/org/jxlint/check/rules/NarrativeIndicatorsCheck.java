package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * Targets given only as prose (产出指标/效益指标 paragraphs) with no indicator table: nothing has a
 * 三级 name, a comparator and a value that can be checked. The prose is still read by the other
 * rules.
 */
@LintRule(
    id = "narrative-indicators",
    name = "只有文字目标没有指标表",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "绩效指标只写成文字段落，没有一级、二级、三级指标和指标值组成的指标表。")
public final class NarrativeIndicatorsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    // Rows read from the prose itself are no table.
    boolean noTable = submission.tables().stream()
        .allMatch(t -> t.fromProse() || t.indicators().isEmpty());
    if (!noTable) {
      return;
    }
    int parts = 0;
    Section first = null;
    for (Section s : submission.sections()) {
      int n = targetParts(s);
      if (n > 0 && first == null) {
        first = s;
      }
      parts += n;
    }
    if (first != null) {
      context.report("prose-only").evidence(TextNormalizer.despace(
          first.heading() == null ? "" : first.heading())).at(first.location()).args(parts).emit();
    }
  }

  /** The 产出指标/效益指标 parts written as prose under a section. */
  private static int targetParts(Section s) {
    int n = 0;
    String heading = TextNormalizer.compact(s.heading());
    if ((heading.startsWith("产出") || heading.startsWith("效益")) && s.text() != null
        && !s.text().isBlank()) {
      n++;
    }
    for (Section part : s.parts()) {
      n += targetParts(part);
    }
    return n;
  }
}
