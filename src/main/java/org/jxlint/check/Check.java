package org.jxlint.check;

import org.jxlint.model.Submission;

/**
 * One independent check. It reads a parsed submission and reports findings through the context; it
 * never prints, reads files or formats messages. Each implementation carries {@link LintRule} and
 * is listed in {@code META-INF/services/org.jxlint.check.Check}.
 */
public interface Check {

  void check(Submission submission, CheckContext context) throws Exception;

  default RuleMeta meta() {
    LintRule rule = getClass().getAnnotation(LintRule.class);
    if (rule == null) {
      throw new IllegalStateException(getClass().getName() + " lacks @LintRule");
    }
    return RuleMeta.of(rule);
  }
}
