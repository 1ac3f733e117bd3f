package org.jxlint.check;

import java.util.List;
import org.jxlint.model.SourceLocation;

/**
 * One defect found. The message is a resource-bundle key with its arguments, so the report can say
 * it in the reader's language; {@code evidence} is the offending text exactly as in the source.
 *
 * @param indicator 一级 › 二级 › 三级 of the indicator concerned; empty for header fields
 * @param field the cell concerned: {@code name}, {@code value}, {@code unit} … or a header field
 */
public record Finding(
    String rule,
    Severity severity,
    String messageKey,
    List<String> args,
    List<String> indicator,
    String field,
    String evidence,
    SourceLocation location) {

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

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(rule, newSeverity, messageKey, args, indicator, field, evidence, location);
  }
}
