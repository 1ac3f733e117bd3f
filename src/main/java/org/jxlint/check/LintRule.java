package org.jxlint.check;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The one metadata annotation every check carries. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface LintRule {

  /** Stable kebab-case id; never changes meaning once released. */
  String id();

  /** Chinese name, as reviewers call the defect. */
  String name();

  Severity severity();

  Category category();

  /** One line in Chinese: what the rule finds. */
  String summary();

  /**
   * The ids this rule was split from: a retired id, or the id of a rule that still finds the rest
   * of the old defect (a live id). Settings, suppressions and baselines written with an alias
   * apply to every rule that lists it, and to the live rule of that id, so a split never silently
   * drops a user's configuration.
   */
  String[] aliases() default {};
}
