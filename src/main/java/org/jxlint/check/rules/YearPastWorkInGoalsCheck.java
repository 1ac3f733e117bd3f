package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Goal;
import org.jxlint.model.Section;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/** A goal, or a sentence of a written target, that describes an earlier year's work. */
@LintRule(
    id = "year-past-work-in-goals",
    name = "目标写的是往年工作",
    severity = Severity.WARNING,
    category = Category.TIME,
    summary = "绩效目标或文字目标中的句子写的是往年已完成的工作，不是预算年度要达到的目标。",
    aliases = TargetYears.ALIAS)
public final class YearPastWorkInGoalsCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    Integer year = submission.year();
    if (year == null) {
      return;
    }
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Goal goal : submission.goals()) {
      TargetYears.pastYears(goal.text(), year, lexicon).forEach(sentence -> context
          .report("past-goal").evidence(sentence).at(goal.location()).args(year).emit());
    }
    for (Section section : submission.sections()) {
      checkProse(section, year, lexicon, context);
    }
  }

  private static void checkProse(Section section, int year, IndicatorLexicon lexicon,
      CheckContext context) {
    for (String sentence : TargetYears.pastYears(section.text(), year, lexicon)) {
      context.report("past-prose").evidence(sentence).at(section.location())
          .args(TextNormalizer.despace(section.heading() == null ? "" : section.heading()), year)
          .emit();
    }
    for (Section part : section.parts()) {
      checkProse(part, year, lexicon, context);
    }
  }
}
