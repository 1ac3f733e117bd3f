package org.jxlint.check;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which rules run and at what severity, after a configuration's overrides. A rule set to a severity
 * reports every finding at that severity; a rule switched off does not run. Keyed by rules' own
 * ids: a retired id written in the configuration has been resolved to its successors
 * ({@link RuleSettings}).
 */
public final class RuleSelection {

  private final Map<String, Optional<Severity>> overrides;

  private RuleSelection(Map<String, Optional<Severity>> overrides) {
    this.overrides = Map.copyOf(overrides);
  }

  public static RuleSelection defaults() {
    return new RuleSelection(Map.of());
  }

  /** Builder used by configuration loading; {@code Optional.empty()} means “off”. */
  public static RuleSelection of(Map<String, Optional<Severity>> overrides) {
    return new RuleSelection(new HashMap<>(overrides));
  }

  public boolean enabled(String ruleId) {
    Optional<Severity> o = overrides.get(ruleId);
    return o == null || o.isPresent();
  }

  /** The severity forced by configuration, if any. */
  public Optional<Severity> override(String ruleId) {
    Optional<Severity> o = overrides.get(ruleId);
    return o == null ? Optional.empty() : o;
  }
}
