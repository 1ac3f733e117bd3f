package org.jxlint.check.rules;

import java.util.List;
import java.util.Optional;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.config.FrameworkCatalog;
import org.jxlint.model.FundItem;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MetaField;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;
import org.jxlint.text.ValueLexicon;

/** Rows without a 三级 name or a value, blank dimension cells, and header fields left empty. */
@LintRule(
    id = "empty-value",
    name = "必填内容为空",
    severity = Severity.ERROR,
    category = Category.COMPLETENESS,
    summary = "指标行缺三级指标名称、指标值或维度，或单位名称、年度等基本信息未填写。")
public final class EmptyValueCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    checkHeader(submission, context);
    boolean anyIndicator = false;
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    java.util.Set<org.jxlint.model.SourceLocation> cut = Rows.cutShort(submission);
    for (IndicatorTable table : submission.tables()) {
      anyIndicator |= !table.indicators().isEmpty();
      if (table.fromProse()) {
        continue; // sentences have no cells to leave blank; narrative-indicators says it once
      }
      boolean noLevel2 = checkLevels(table, context);
      boolean noNames = checkNames(table, frameworks, context);
      for (Indicator row : table.indicators()) {
        if (!cut.contains(row.location())) { // a row the text stops inside: a reading note's
          checkRow(row, noLevel2, noNames, context);
        }
      }
    }
    boolean unread = submission.readingNotes().stream()
        .anyMatch(n -> org.jxlint.model.ReadingNote.UNRECOGNIZED_TABLE.equals(n.kind()));
    if (!anyIndicator && submission.sections().isEmpty() && !unread) {
      // (A table jxlint could not read is reading-unrecognized-table, not the submitter's gap.)
      context.report("no-indicators").evidence("").emit();
    }
  }

  private static void checkHeader(Submission submission, CheckContext context) {
    boolean unitField = submission.leftBlank().contains(MetaField.UNIT_NAME);
    if (TextNormalizer.isBlank(submission.unitName())) {
      // Only a field the form has can be left empty: a notice or a project list without a unit
      // field names its unit elsewhere (the reader says so in its note, not the submitter).
      if (unitField) {
        context.report("unit-name").onMeta(MetaField.UNIT_NAME, submission.unitName())
            .severity(Severity.WARNING).emit();
      }
    } else if (unitField) {
      // The form's own field is empty; the name was read from the title or heading instead.
      context.report("unit-name-elsewhere").onMeta(MetaField.UNIT_NAME, "")
          .args(submission.unitName().strip()).severity(Severity.WARNING).emit();
    }
    if (submission.year() == null) {
      context.report("year").onMeta(MetaField.YEAR, "").severity(Severity.WARNING).emit();
    }
    for (org.jxlint.model.BlankField blank : submission.blankFields()) {
      // 项目负责人 | (empty): a field the form asks for, not given.
      context.report("header-field").evidence("").at(blank.location()).args(blank.label())
          .severity(Severity.WARNING).emit();
    }
    boolean list = submission.projects().size() > 1;
    Optional<FundItem> blankTotal = blankTotal(submission.funds(),
        context.vocabulary().layout().fundTotals());
    for (Project project : submission.projects()) {
      if (project.total() != null && !TextNormalizer.isBlank(project.total().raw())
          || TextNormalizer.isBlank(project.name())) {
        continue; // (a project without a name is a reading artefact, not the unit's gap)
      }
      if (list) {
        // A project list with a budget column: this project's cell is empty.
        context.report("project-budget").evidence("").at(project.location())
            .args(project.name()).severity(Severity.WARNING).emit();
      } else if (blankTotal.isPresent()) {
        // The form's 资金总额 field is there and empty; a form with no budget field at all
        // (a 项目库申报表, a notice) leaves nothing blank.
        context.report("project-budget-field").evidence("").at(blankTotal.get().location())
            .args(project.name(), TextNormalizer.despace(blankTotal.get().label()))
            .severity(Severity.WARNING).emit();
      }
    }
  }

  /** A fund line labelled as the total (资金总额, 合计) whose amount is blank. */
  private static Optional<FundItem> blankTotal(List<FundItem> funds,
      org.jxlint.config.LabelSet totals) {
    for (FundItem f : funds) {
      if (totals.is(f.label()) && (f.amount() == null || TextNormalizer.isBlank(
          f.amount().raw()))) {
        return Optional.of(f);
      }
      Optional<FundItem> below = blankTotal(f.children(), totals);
      if (below.isPresent()) {
        return below;
      }
    }
    return Optional.empty();
  }

  /**
   * A 一级 column left blank on every row is one finding for the table, not one per row; so is a
   * 二级 column (a template without dimension columns).
   */
  private static boolean checkLevels(IndicatorTable table, CheckContext context) {
    List<Indicator> rows = table.indicators();
    if (rows.isEmpty()) {
      return false;
    }
    boolean noLevel2 = rows.size() > 1
        && rows.stream().allMatch(r -> TextNormalizer.isBlank(r.level2()));
    if (noLevel2) {
      context.report("level2-all").on(rows.get(0), IndicatorField.LEVEL2).args(table.index())
          .severity(Severity.WARNING).emit();
    }
    boolean allBlank = rows.stream().allMatch(r -> TextNormalizer.isBlank(r.level1()));
    if (allBlank) {
      context.report("level1-all").on(rows.get(0), IndicatorField.LEVEL1)
          .args(table.index()).severity(Severity.WARNING).emit();
      return noLevel2;
    }
    for (Indicator row : rows) {
      if (TextNormalizer.isBlank(row.level1()) && !isBlankRow(row)) {
        context.report("level1").on(row, IndicatorField.LEVEL1).args(display(row))
            .severity(Severity.WARNING).emit();
      }
    }
    return noLevel2;
  }

  /**
   * A 三级 column that names no indicator on any row (blank, or only the 二级 repeated) is one
   * finding for the table, listing nothing row by row.
   */
  private static boolean checkNames(IndicatorTable table, FrameworkCatalog frameworks,
      CheckContext context) {
    List<Indicator> rows = table.indicators();
    boolean none = rows.size() > 1 && rows.stream().allMatch(r -> TextNormalizer.isBlank(r.name())
        || frameworks.isDimensionLabel(r.name()));
    if (none) {
      context.report("name-all").on(rows.get(0), IndicatorField.NAME).args(table.index(),
          rows.size()).emit();
    }
    return none;
  }

  private static void checkRow(Indicator row, boolean noLevel2, boolean noNames, CheckContext context) {
    FrameworkCatalog frameworks = context.vocabulary().frameworks();
    if (noNames) {
      checkValue(row, context);
      return;
    }
    if (isBlankRow(row)) {
      context.report("row").on(row, IndicatorField.NAME).args(String.join(" › ", row.path()))
          .emit();
      return;
    }
    boolean level2Blank = TextNormalizer.isBlank(row.level2());
    if (level2Blank && frameworks.level2Name(row.name()).isPresent()) {
      // The 二级 slid into the 三级 column (merged cells): one cause, reported once.
      context.report("shifted-level2").on(row, IndicatorField.NAME).args(row.name().strip())
          .emit();
    } else {
      checkLevel2AndName(row, level2Blank && !noLevel2, frameworks, context);
    }
    checkValue(row, context);
  }

  private static void checkLevel2AndName(
      Indicator row, boolean level2Blank, FrameworkCatalog frameworks, CheckContext context) {
    if (level2Blank) {
      context.report("level2").on(row, IndicatorField.LEVEL2).args(display(row)).emit();
    }
    if (TextNormalizer.isBlank(row.name())) {
      context.report("name").on(row, IndicatorField.NAME).emit();
    } else if (frameworks.isDimensionLabel(row.name()) && !measuredSatisfaction(row)) {
      context.report("dimension-as-name").on(row, IndicatorField.NAME).args(row.name().strip())
          .emit();
    }
  }

  private static void checkValue(Indicator row, CheckContext context) {
    ValueLexicon words = context.vocabulary().values();
    String value = TextNormalizer.compact(row.value());
    if (value.isEmpty()) {
      context.report("value").on(row, IndicatorField.VALUE).args(display(row)).emit();
    } else if (words.emptyValues().contains(value)) {
      context.report("value-placeholder").on(row, IndicatorField.VALUE)
          .args(display(row), row.value().strip()).emit();
    } else if (Rows.onlyUnit(value, words)) {
      context.report("value-unit-only").on(row, IndicatorField.VALUE)
          .args(display(row), row.value().strip(), example(value, words)).emit();
    }
  }

  /** A target in the row's own unit, for the fix: ≥95% for a rate, ≥10万亩 for 万亩. */
  private static String example(String value, ValueLexicon words) {
    String unit = Rows.withoutComparators(value, words);
    return unit.isEmpty() || "percent".equals(words.familyOf(
        words.unitAliases().getOrDefault(unit, unit))) ? "≥95%" : "≥10" + unit;
  }

  /**
   * 服务对象满意度 ≥90%: the satisfaction dimension's name is also the indicator it measures, so
   * with a figure it names a real indicator.
   */
  private static boolean measuredSatisfaction(Indicator row) {
    return TextNormalizer.compact(row.name()).contains("满意度") && Rows.hasNumber(row);
  }

  private static boolean isBlankRow(Indicator row) {
    return TextNormalizer.isBlank(row.name()) && TextNormalizer.isBlank(row.value());
  }

  /** The indicator's own name, or its dimension when the name is missing. */
  private static String display(Indicator row) {
    List<String> path = row.path();
    return path.isEmpty() ? CheckContext.term("term.unnamed-row") : path.get(path.size() - 1);
  }
}
