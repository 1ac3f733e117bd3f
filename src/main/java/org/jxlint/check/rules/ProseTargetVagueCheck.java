package org.jxlint.check.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * Written targets (prose with 产出指标/效益指标 parts) whose numbered items hold only vague wording:
 * one finding per part quoting them all, or, where {@value MeasurableValues#MANY} or more parts
 * are vague, one finding for the whole text quoting the first sentence of every item.
 */
@LintRule(
    id = "prose-target-vague",
    name = "文字目标只有空泛说法",
    severity = Severity.WARNING,
    category = Category.MEASURABILITY,
    summary = "文字写的绩效目标中，产出指标、效益指标下的某几项只有“进一步改善”“切实保障”一类的说法，没有可衡量的数量、比率或时间。",
    aliases = MeasurableValues.ALIAS)
public final class ProseTargetVagueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    List<MeasurableValues.VagueProse> parts =
        MeasurableValues.vagueProse(submission, context.vocabulary().indicators());
    if (parts.size() < MeasurableValues.MANY) {
      for (MeasurableValues.VagueProse p : parts) {
        String where = TextNormalizer.despace(p.section().heading());
        if (p.items().size() == 1) {
          context.report("prose").evidence(p.items().get(0)).at(p.section().location())
              .args(where, p.words().iterator().next()).emit();
        } else {
          context.report("prose-items").evidence(String.join(" ", p.items()))
              .at(p.section().location()).args(where, p.items().size(),
                  String.join("”“", p.words().stream().limit(3).toList()))
              .emit();
        }
      }
      return;
    }
    List<String> firsts = parts.stream().flatMap(p -> p.items().stream())
        .map(ProseTargetVagueCheck::firstSentence).toList();
    Set<String> words = new LinkedHashSet<>();
    parts.forEach(p -> words.addAll(p.words()));
    context.report("prose-parts").evidence(String.join("；", firsts))
        .at(parts.get(0).section().location())
        .args(parts.size(), firsts.size(), String.join("”“", words.stream().limit(3).toList()))
        .emit();
  }

  private static String firstSentence(String item) {
    int end = item.indexOf('。');
    return (end < 0 ? item : item.substring(0, end)).strip();
  }
}
