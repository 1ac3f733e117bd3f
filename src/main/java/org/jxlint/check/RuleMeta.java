package org.jxlint.check;

/** A rule's metadata as read from its {@link LintRule} annotation. */
public record RuleMeta(
    String id, String name, Severity severity, Category category, String summary) {

  public static RuleMeta of(LintRule rule) {
    return new RuleMeta(rule.id(), rule.name(), rule.severity(), rule.category(), rule.summary());
  }

  /** The rule id for a check that crashed; reported instead of losing the file. */
  public static final RuleMeta INTERNAL_ERROR = new RuleMeta("internal-error", "检查程序内部错误",
      Severity.ERROR, Category.INTERNAL, "某项检查运行时出错；该文件的其他检查照常进行。");
}
