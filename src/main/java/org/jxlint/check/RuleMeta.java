package org.jxlint.check;

import java.util.List;

/**
 * A rule's metadata as read from its {@link LintRule} annotation.
 *
 * @param aliases retired ids this rule answers to as well ({@link LintRule#aliases()})
 */
public record RuleMeta(String id, String name, Severity severity, Category category,
    String summary, List<String> aliases) {

  public RuleMeta {
    aliases = List.copyOf(aliases);
  }

  /** A rule without aliases. */
  public RuleMeta(String id, String name, Severity severity, Category category, String summary) {
    this(id, name, severity, category, summary, List.of());
  }

  public static RuleMeta of(LintRule rule) {
    return new RuleMeta(rule.id(), rule.name(), rule.severity(), rule.category(), rule.summary(),
        List.of(rule.aliases()));
  }

  /** The rule id for a check that crashed; reported instead of losing the file. */
  public static final RuleMeta INTERNAL_ERROR = new RuleMeta("internal-error", "检查程序内部错误",
      Severity.ERROR, Category.INTERNAL, "某项检查运行时出错；该文件的其他检查照常进行。");
}
