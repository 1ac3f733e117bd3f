package org.jxlint.check.rules;

import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.BlankField;
import org.jxlint.model.MetaField;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/** Header fields left empty: the unit's name, the budget year, a field the form asks for. */
@LintRule(
    id = "empty-header-field",
    name = "基本信息未填写",
    severity = Severity.WARNING,
    category = Category.COMPLETENESS,
    summary = "表头的单位名称、预算年度或项目负责人等要填写的栏目空着。",
    aliases = BlankCells.ALIAS)
public final class EmptyHeaderFieldCheck implements Check {

  @Override
  public void check(Submission submission, CheckContext context) {
    boolean unitField = submission.leftBlank().contains(MetaField.UNIT_NAME);
    if (TextNormalizer.isBlank(submission.unitName())) {
      // Only a field the form has can be left empty: a notice or a project list without a unit
      // field names its unit elsewhere (the reader says so in its note, not the submitter).
      if (unitField) {
        context.report("unit-name").onMeta(MetaField.UNIT_NAME, submission.unitName()).emit();
      }
    } else if (unitField) {
      // The form's own field is empty; the name was read from the title or heading instead.
      context.report("unit-name-elsewhere").onMeta(MetaField.UNIT_NAME, "")
          .args(submission.unitName().strip()).emit();
    }
    if (submission.year() == null) {
      context.report("year").onMeta(MetaField.YEAR, "").emit();
    }
    for (BlankField blank : submission.blankFields()) {
      // 项目负责人 | (empty): a field the form asks for, not given.
      context.report("header-field").evidence("").at(blank.location()).args(blank.label()).emit();
    }
  }
}
