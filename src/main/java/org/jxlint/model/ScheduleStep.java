package org.jxlint.model;

/** One point of a spending schedule: by 3月底, 25% of the money spent. */
public record ScheduleStep(String point, Amount share, SourceLocation location) implements java.io.Serializable {}
