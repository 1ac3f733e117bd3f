package org.jxlint.model;

import java.math.BigDecimal;

/**
 * The parsed meaning of an indicator's comparator, value and unit cells.
 *
 * @param raw the value cell exactly as written
 * @param kind what the cell holds
 * @param comparator normalised comparator, from the comparator column or inside the value; null if
 *     none was written
 * @param number the number (the lower bound of a range); null when the value has none
 * @param upper the upper bound of a range; null otherwise
 * @param unit normalised unit (“%” for 百分比), from the value or the unit column; null if none
 * @param unitAsWritten the unit as it was written (百分比, ％, 万元)
 * @param start the start of a period; null otherwise
 * @param end the date, deadline or year, or the end of a period
 * @param qualifier a frequency prefix such as 每年 or 每月; null when absent
 * @param yes for a yes/no value, whether it says yes
 */
public record TargetValue(
    String raw,
    ValueKind kind,
    Comparator comparator,
    BigDecimal number,
    BigDecimal upper,
    String unit,
    String unitAsWritten,
    PartialDate start,
    PartialDate end,
    String qualifier,
    Boolean yes) implements java.io.Serializable {

  public static TargetValue empty(String raw) {
    return new TargetValue(raw, ValueKind.EMPTY, null, null, null, null, null, null, null, null,
        null);
  }

  public boolean isEmpty() {
    return kind == ValueKind.EMPTY;
  }

  public boolean hasNumber() {
    return number != null;
  }
}
