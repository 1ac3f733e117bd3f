package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The words inside indicator-table headers, from {@code lint-rules/columns.yml}: which column a
 * header names when it is not one of the exact spellings (“三级指标内容”, “指标值及单位”, “区域目标值”),
 * and which words mark a target column as long-term or annual.
 *
 * @param keywords tried in order; the first whose words occur in a header gives the column's role
 * @param longTerm words of a long-term (实施周期) target column
 * @param annual words of an annual target column
 * @param nature cells of a column that gives the indicator's nature (正向/反向), not its target
 * @param basis cells of a column that names the benchmark (计划标准/行业标准), not a unit
 * @param yesNo comparator cells that only say the target is yes or no (是/否), no comparator
 */
public record ColumnLexicon(List<Keyword> keywords, List<String> longTerm, List<String> annual,
    List<String> nature, List<String> basis, List<String> yesNo) {

  /** A role (as named in {@code columns.yml}) and the header words that give it. */
  public record Keyword(String role, List<String> words) {
    public Keyword {
      words = words.stream().map(LabelSet::key).filter(w -> !w.isEmpty()).toList();
    }
  }

  public ColumnLexicon {
    keywords = List.copyOf(keywords);
    longTerm = longTerm.stream().map(LabelSet::key).toList();
    annual = annual.stream().map(LabelSet::key).toList();
    nature = nature.stream().map(LabelSet::key).toList();
    basis = basis.stream().map(LabelSet::key).toList();
    yesNo = yesNo.stream().map(LabelSet::key).toList();
  }

  static ColumnLexicon from(JsonNode doc) {
    List<Keyword> keywords = new ArrayList<>();
    for (JsonNode k : doc.path("keywords")) {
      keywords.add(new Keyword(k.path("role").asText(), Yaml.strings(k.path("words"))));
    }
    return new ColumnLexicon(keywords, Yaml.strings(doc.path("long-term")),
        Yaml.strings(doc.path("annual")), Yaml.strings(doc.path("content").path("nature")),
        Yaml.strings(doc.path("content").path("basis")),
        Yaml.strings(doc.path("content").path("yes-no")));
  }
}
