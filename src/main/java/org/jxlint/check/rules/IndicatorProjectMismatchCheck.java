package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.IndicatorLexicon;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * Benefit dimensions padded with indicators that have nothing to do with the funded project: an
 * ecological or economic indicator (“对环境影响 | 保护环境”) under a project whose name, use and
 * goal say nothing of the kind and share no word with it. A hint, not a verdict.
 */
@LintRule(
    id = "indicator-project-mismatch",
    name = "指标与项目无关",
    severity = Severity.INFO,
    category = Category.CONSISTENCY,
    summary = "为凑齐维度设置与项目无关的指标，如残疾人保障金设“对环境影响 保护环境”的生态效益指标。")
public final class IndicatorProjectMismatchCheck implements Check {

  /** Meanings that say what a project is about; a row and a project sharing one are related. */
  private static final List<String> TOPICS = List.of("ecological", "economic", "social");

  @Override
  public void check(Submission submission, CheckContext context) {
    IndicatorLexicon lexicon = context.vocabulary().indicators();
    List<String> padded = lexicon.words("padded-classes");
    Topics topics = Topics.of(context, lexicon.words("topic-generic"));
    for (IndicatorTable table : submission.tables()) {
      Optional<String> about = about(table, submission);
      if (about.isEmpty()) {
        continue;
      }
      for (Indicator row : table.indicators()) {
        if (TextNormalizer.isBlank(row.name()) && TextNormalizer.isBlank(row.value())) {
          continue; // an empty row says nothing about the project; empty-value reports it
        }
        Optional<String> dimension = Rows.dimension(row, context.vocabulary());
        if (dimension.isEmpty() || !padded.contains(dimension.get())
            || lexicon.means(about.get(), dimension.get())) {
          continue;
        }
        String said = String.join("\u0000", Rows.name(row), nz(row.value()),
            nz(row.explanation()));
        boolean sameSubject = TOPICS.stream()
            .anyMatch(c -> lexicon.means(said, c) && lexicon.means(about.get(), c));
        if (sameSubject) {
          continue;
        }
        if (!topics.meet(said, about.get())) {
          context.report("padded").on(row, IndicatorField.NAME)
              .args(TextNormalizer.despace(projectName(table, submission)), Rows.label(row),
                  Rows.dimensionAsWritten(row))
              .emit();
        }
      }
    }
  }

  /** What the table's project is for: its name, and its use and goal where the project is listed. */
  private static Optional<String> about(IndicatorTable table, Submission submission) {
    Optional<Project> listed = Budgets.project(table, submission);
    String name = table.project() != null ? table.project() : listed.map(Project::name).orElse(null);
    if (name == null) {
      return Optional.empty();
    }
    return Optional.of(name + listed.map(p -> "\u0000" + nz(p.purpose()) + "\u0000" + nz(p.goal()))
        .orElse(""));
  }

  /** The table's project name as written, for the message. */
  private static String projectName(IndicatorTable table, Submission submission) {
    return table.project() != null ? table.project()
        : Budgets.project(table, submission).map(Project::name).orElse("");
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
