package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.LabelSet;
import org.jxlint.model.HistoryValue;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorTable;

/** Gives history columns their year: “2024年” as written, 前年 and 上年 counted from the budget year. */
final class HistoryYears {


  private HistoryYears() {}

  static List<IndicatorTable> of(List<IndicatorTable> list, Integer budgetYear) {
    List<IndicatorTable> out = new ArrayList<>();
    for (IndicatorTable t : list) {
      List<Indicator> rows = new ArrayList<>();
      for (Indicator i : t.indicators()) {
        if (i.history().isEmpty()) {
          rows.add(i);
          continue;
        }
        List<HistoryValue> history = new ArrayList<>();
        for (HistoryValue h : i.history()) {
          history.add(new HistoryValue(h.label(), year(h.label(), budgetYear), h.value(),
              h.location()));
        }
        rows.add(new Indicator(i.level1(), i.level2(), i.name(), i.comparator(), i.value(),
            i.unit(), i.explanation(), i.scoring(), i.basis(), i.remark(), history, i.target(),
            i.location(), i.cells(), i.evidence()));
      }
      out.add(new IndicatorTable(t.index(), t.scope(), t.project(), t.title(), rows,
          t.location(), t.from(), t.columns()));
    }
    return out;
  }

  static Integer year(String label, Integer budgetYear) {
    String k = LabelSet.key(label);
    Matcher m = org.jxlint.text.DateText.YEAR_NIAN.matcher(k + "年");
    if (m.find()) {
      return Integer.parseInt(m.group(1));
    }
    if (budgetYear == null) {
      return null;
    }
    if (k.startsWith("前年")) {
      return budgetYear - 2;
    }
    if (k.startsWith("上年")) {
      return budgetYear - 1;
    }
    return null;
  }
}
