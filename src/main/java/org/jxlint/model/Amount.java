package org.jxlint.model;

import java.math.BigDecimal;

/**
 * A figure as written and its value. {@code value} is null when the text holds no number; the
 * written text is kept because rounding is judged at the precision the author wrote.
 */
public record Amount(String raw, BigDecimal value) implements java.io.Serializable {}
