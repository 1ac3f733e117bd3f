package org.jxlint.model;

/** A stated goal (年度目标, 长期目标, 分目标) as written. */
public record Goal(Scope scope, String text, SourceLocation location) {}
