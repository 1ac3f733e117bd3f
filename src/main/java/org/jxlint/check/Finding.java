package org.jxlint.check;

import java.util.List;
import org.jxlint.model.SourceLocation;

/**
 * One defect found. The message is a resource-bundle key with its arguments, so the report can say
 * it in the reader's language; {@code evidence} is the offending text exactly as in the source.
 *
 * @param indicator 一级 › 二级 › 三级 of the indicator concerned; empty for header fields
 * @param field the cell concerned: {@code name}, {@code value}, {@code unit} … or a header field
 * @param waiver why a suppression in {@code .jxlint.yml} waives it; null when it is not waived
 * @param known whether the baseline already records it (it does not fail the gate)
 */
public record Finding(
    String rule,
    Severity severity,
    String messageKey,
    List<String> args,
    List<String> indicator,
    String field,
    String evidence,
    SourceLocation location,
    String waiver,
    boolean known) implements java.io.Serializable {

  /**
   * Marks an argument that is itself a message key (a dimension's name, say), put into the
   * reader's language when the message is rendered: {@code TERM + "dimension.time"}.
   */
  public static final String TERM = "\u0001";

  public Finding {
    args = List.copyOf(args == null ? List.of() : args);
    indicator = List.copyOf(indicator == null ? List.of() : indicator);
    location = location == null ? SourceLocation.NONE : location;
  }

  public Finding(String rule, Severity severity, String messageKey, List<String> args,
      List<String> indicator, String field, String evidence, SourceLocation location) {
    this(rule, severity, messageKey, args, indicator, field, evidence, location, null, false);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, messageKey, args, indicator, field, evidence, location,
        waiver, known);
  }

  /** The finding waived by a suppression, for the reason given. */
  public Finding waived(String reason) {
    return new Finding(rule, severity, messageKey, args, indicator, field, evidence, location,
        reason, known);
  }

  /** The finding as recorded in the baseline. */
  public Finding asKnown() {
    return new Finding(rule, severity, messageKey, args, indicator, field, evidence, location,
        waiver, true);
  }

  /** Whether it counts towards the gate: neither waived nor in the baseline. */
  public boolean active() {
    return waiver == null && !known;
  }
}
