package org.jxlint.model;

/** A piece of prose outside the indicator tables, with the heading it stands under. */
public record Section(String heading, String text, SourceLocation location) {}
