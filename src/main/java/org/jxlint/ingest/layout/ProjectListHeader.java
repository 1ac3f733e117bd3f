package org.jxlint.ingest.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jxlint.config.LayoutLexicon;
import org.jxlint.model.Project;
import org.jxlint.text.TextNormalizer;

/** The header row of a project list (项目名称 | 类别 | 总预算 | 本年度预算 | 用途). */
final class ProjectListHeader {
  private final LayoutLexicon layout;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private final java.util.function.Consumer<Project> sink;

  ProjectListHeader(LayoutLexicon layout, RawBlock.Row header,
      java.util.function.Consumer<Project> sink) {
    this.layout = layout;
    this.sink = sink;
    for (int c = 0; c < header.cells().size(); c++) {
      String t = header.cells().get(c).text();
      for (String k : List.of("name", "code", "category", "total", "annual", "purpose")) {
        if (!columns.containsKey(k) && layout.project(k).startsWith(t)) {
          columns.put(k, c);
        }
      }
    }
  }

  boolean row(RawBlock.Row row) {
    Integer nameCol = columns.get("name");
    if (nameCol == null || TextNormalizer.isBlank(row.text(nameCol))) {
      return false;
    }
    sink.accept(new Project(row.text(nameCol), text(row, "code"), text(row, "category"),
        amount(row, "total"), amount(row, "annual"), null, null, List.of(),
        text(row, "purpose"), null, null, row.location()));
    return true;
  }

  private String text(RawBlock.Row row, String key) {
    Integer c = columns.get(key);
    if (c == null || TextNormalizer.isBlank(row.text(c))) {
      return null;
    }
    return row.text(c);
  }

  private org.jxlint.model.Amount amount(RawBlock.Row row, String key) {
    String t = text(row, key);
    return t == null ? null : org.jxlint.text.Amounts.parse(t);
  }
}
