package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A project whose category does not fit what it is for: running costs (镇区运转工作经费) filed as
 * 特定目标类, salaries filed as anything but 人员类, a building works filed as 运转类.
 */
@LintRule(
    id = "project-category-mismatch",
    name = "项目类别与用途不符",
    severity = Severity.INFO,
    category = Category.CONSISTENCY,
    summary = "项目类别（人员类、运转类、特定目标类）与项目名称或用途不符，如机关运转经费列为特定目标类。")
public final class ProjectCategoryMismatchCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    for (Project p : submission.projects()) {
      String category = TextNormalizer.compact(p.category());
      if (category.isEmpty()) {
        continue;
      }
      String name = TextNormalizer.compact(p.name());
      String use = name + "\u0000" + TextNormalizer.compact(p.purpose());
      Optional<String> personnel = IndicatorLexicon.longestIn(use,
          lexicon.words("reads-as-personnel"));
      Optional<String> running = IndicatorLexicon.longestIn(use, lexicon.words("reads-as-running"));
      Optional<String> specific = IndicatorLexicon.longestIn(name,
          lexicon.words("reads-as-specific"));
      Optional<String> word = Optional.empty();
      String reads = null;
      if (is(category, lexicon.words("category-personnel"))) {
        if (personnel.isEmpty() && (running.isPresent() || specific.isPresent())) {
          word = running.or(() -> specific);
          reads = running.isPresent() ? "running" : "specific";
        }
      } else if (is(category, lexicon.words("category-running"))) {
        if (personnel.isPresent()) {
          word = personnel;
          reads = "personnel";
        } else if (specific.isPresent() && running.isEmpty()) {
          word = specific;
          reads = "specific";
        }
      } else if (is(category, lexicon.words("category-specific"))) {
        if (specific.isEmpty() && (personnel.isPresent() || running.isPresent())) {
          word = personnel.or(() -> running);
          reads = personnel.isPresent() ? "personnel" : "running";
        }
      }
      if (word.isPresent()) {
        context.report("mismatch").evidence(p.category().strip()).at(p.location())
            .args(TextNormalizer.despace(p.name()), p.category().strip(), word.get(),
                CheckContext.term("category." + reads))
            .emit();
      }
    }
  }

  private static boolean is(String category, List<String> spellings) {
    return spellings.contains(category);
  }
}
