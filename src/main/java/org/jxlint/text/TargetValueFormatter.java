package org.jxlint.text;

import org.jxlint.model.Comparator;
import org.jxlint.model.PartialDate;
import org.jxlint.model.TargetValue;

/** Writes a parsed target back in the standard spelling (≥95%, 2026年12月31日前, 2023年7月-2024年1月). */
public final class TargetValueFormatter {

  private TargetValueFormatter() {}

  public static String format(TargetValue v) {
    StringBuilder out = new StringBuilder();
    if (v.qualifier() != null) {
      out.append(v.qualifier());
    }
    Comparator c = v.comparator();
    switch (v.kind()) {
      case EMPTY -> {
        return "";
      }
      case BOOLEAN -> {
        return Boolean.TRUE.equals(v.yes()) ? "是" : "否";
      }
      case QUALITATIVE -> {
        return v.raw();
      }
      case NUMBER, RANGE -> {
        appendComparator(out, c);
        out.append(v.number().toPlainString());
        if (v.upper() != null) {
          out.append('-').append(v.upper().toPlainString());
        }
        if (v.unit() != null) {
          out.append(v.unit());
        }
      }
      case DATE, YEAR -> {
        appendComparator(out, c);
        out.append(formatDate(v.end()));
      }
      case PERIOD -> {
        appendComparator(out, c);
        out.append(formatDate(v.start())).append('-').append(formatDate(v.end()));
      }
      default -> throw new IllegalStateException(v.kind().name());
    }
    return out.toString();
  }

  private static void appendComparator(StringBuilder out, Comparator c) {
    if (c != null && c != Comparator.QUALITATIVE) {
      out.append(c.symbol());
    }
  }

  public static String formatDate(PartialDate d) {
    StringBuilder out = new StringBuilder();
    if (d.year() != null) {
      out.append(d.year()).append('年');
    }
    if (d.month() != null) {
      out.append(d.month()).append('月');
      if (d.day() != null) {
        out.append(d.day()).append('日');
      } else if (d.endOfPeriod()) {
        out.append('底');
      }
    } else if (d.endOfPeriod()) {
      out.append('底');
    }
    return out.toString();
  }
}
