package org.jxlint.model;

/**
 * A stated goal (年度目标, 长期目标, 分目标) as written.
 *
 * @param until the year a long-term goal is labelled to run to (长期目标（截止 2027 年）); null when
 *     its label names none
 */
public record Goal(Scope scope, String text, Integer until, SourceLocation location) implements java.io.Serializable {}
