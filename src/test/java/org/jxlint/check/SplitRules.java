package org.jxlint.check;

import java.util.List;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.Submission;

/**
 * A test-only registry in which a retired rule {@value #RETIRED} has been split into
 * {@value #FIRST} and {@value #SECOND} (both list it as an alias), beside {@value #BYSTANDER},
 * which has nothing to do with it. Each reports one finding per indicator row.
 */
public final class SplitRules {

  public static final String RETIRED = "whole-rule";
  public static final String FIRST = "whole-rule-names";
  public static final String SECOND = "whole-rule-values";
  public static final String BYSTANDER = "bystander";

  public static final CheckRegistry REGISTRY = new CheckRegistry(
      List.of(new First(), new Second(), new Bystander()));

  private SplitRules() {}

  @LintRule(id = FIRST, aliases = RETIRED, name = "测试用", severity = Severity.ERROR,
      category = Category.COMPLETENESS, summary = "测试用：拆分出的第一条")
  static final class First implements Check {
    @Override
    public void check(Submission s, CheckContext c) {
      everyRow(s, c, IndicatorField.NAME);
    }
  }

  @LintRule(id = SECOND, aliases = RETIRED, name = "测试用", severity = Severity.WARNING,
      category = Category.COMPLETENESS, summary = "测试用：拆分出的第二条")
  static final class Second implements Check {
    @Override
    public void check(Submission s, CheckContext c) {
      everyRow(s, c, IndicatorField.VALUE);
    }
  }

  @LintRule(id = BYSTANDER, name = "测试用", severity = Severity.WARNING,
      category = Category.CONSISTENCY, summary = "测试用：与拆分无关")
  static final class Bystander implements Check {
    @Override
    public void check(Submission s, CheckContext c) {
      everyRow(s, c, IndicatorField.NAME);
    }
  }

  private static void everyRow(Submission s, CheckContext c, IndicatorField field) {
    for (var t : s.tables()) {
      for (Indicator i : t.indicators()) {
        c.report("row").on(i, field).emit();
      }
    }
  }
}
