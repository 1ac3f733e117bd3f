package org.jxlint.model;

/**
 * How jxlint read one column of an indicator table, for {@code jxlint parse --explain}.
 *
 * @param column 1-based column number
 * @param header the header text over the column, as written ("" when it has none)
 * @param role what jxlint took the column to hold (level1, name, value, …)
 * @param basis why: {@code header} (an exact header), {@code header-word} (a word inside it),
 *     {@code sub-header}, {@code content} (what its cells hold), {@code caption}, {@code no-header},
 *     {@code tree}, {@code second-name}
 */
public record TableColumn(int column, String header, String role, String basis)
    implements java.io.Serializable {}
