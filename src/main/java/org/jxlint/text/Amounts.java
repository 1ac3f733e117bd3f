package org.jxlint.text;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.model.Amount;

/** Reads money figures and shares as written (1,679.6 · 922.75万元 · 44.71%). */
public final class Amounts {

  private static final Pattern FIGURE =
      Pattern.compile("^[¥￥]?([+-]?\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:"
          + org.jxlint.model.MoneyUnit.ALTERNATIVES + "|%)?$");

  private Amounts() {}

  /** The figure with its value; the value is null when the text is not a single figure. */
  public static Amount parse(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = FIGURE.matcher(TextNormalizer.compact(raw));
    BigDecimal value = m.matches() ? new BigDecimal(m.group(1).replace(",", "")) : null;
    return new Amount(raw, value);
  }
}
