package org.jxlint.model;

/** A value from an earlier year beside the target (前年/上年 columns), as written. */
public record HistoryValue(String label, Integer year, String value, SourceLocation location) implements java.io.Serializable {}
