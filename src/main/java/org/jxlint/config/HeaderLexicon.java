package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a form's header, from {@code lint-rules/layout.yml}: the labels that name the
 * submitting unit in order of trust, the levels of a 主管部门, and the words that tell a title, a
 * period, a publishing date, a form's kind and an amount in a sentence.
 *
 * @param unitTiers unit labels, most trusted first: 填报单位 / 部门名称 before 实施单位 before 主管部门
 * @param inlineUnit labels that name the unit only with the name in the same cell (“单位：某局”)
 * @param levels administrative levels written before 主管部门, lowest first, each with its spellings
 * @param listHeader first cells of a list's header row (序号)
 * @param stamps stamp placeholders (盖章) that are not a name
 * @param placeholders what marks a template's sample left in place of a name (县(市、区)教育部门, XX局)
 * @param personWords label words saying a person's name follows the unit (责任人)
 * @param titleEndings how a title line ends (表, 公示, 通知 …)
 * @param published labels of a publishing or signing date
 * @param departmentWords title words of a department's whole-budget form (部门整体)
 * @param projectWords title words of a project's form (项目, 专项)
 * @param departmentLabels labels found only on a department's form (部门职责, 年度履职目标)
 * @param amountWords words before an amount in a sentence (安排, 投入, 资金规模)
 * @param amountWordsAfter words right after an amount in a sentence (…资金500万元下达给你局)
 * @param internalOffices endings of an office inside a department (司, 处), which names no unit
 *     without its 主管部门
 */
public record HeaderLexicon(
    List<LabelSet> unitTiers,
    LabelSet inlineUnit,
    List<List<String>> levels,
    LabelSet listHeader,
    List<String> stamps,
    List<String> placeholders,
    List<String> personWords,
    List<String> titleEndings,
    List<String> published,
    List<String> departmentWords,
    List<String> projectWords,
    LabelSet departmentLabels,
    List<String> amountWords,
    List<String> amountWordsAfter,
    List<String> internalOffices) {

  static HeaderLexicon from(JsonNode layout) {
    JsonNode unit = layout.path("unit");
    List<LabelSet> tiers = new ArrayList<>();
    tiers.add(set(layout.path("unit-name")));
    for (String tier : List.of("implementing", "competent", "contractor")) {
      tiers.add(set(unit.path(tier)));
    }
    List<List<String>> levels = new ArrayList<>();
    unit.path("levels").forEach(l -> levels.add(Yaml.strings(l)));
    JsonNode year = layout.path("year");
    JsonNode kind = layout.path("kind");
    return new HeaderLexicon(List.copyOf(tiers), set(unit.path("inline-only")),
        List.copyOf(levels), set(unit.path("list-header")), Yaml.strings(unit.path("stamps")),
        compacted(unit.path("placeholders")), Yaml.strings(unit.path("person-words")), Yaml.strings(year.path("title-endings")),
        Yaml.strings(year.path("published")), Yaml.strings(kind.path("department")),
        Yaml.strings(kind.path("project")), set(kind.path("department-labels")),
        Yaml.strings(layout.path("funds").path("sentence-words")),
        Yaml.strings(layout.path("funds").path("sentence-words-after")),
        Yaml.strings(unit.path("internal-offices")));
  }

  private static List<String> compacted(JsonNode node) {
    return Yaml.strings(node).stream().map(LabelSet::key).toList();
  }

  /** The 主管部门 labels, the tier a level (区县, 省级 …) may stand before. */
  public LabelSet competent() {
    return unitTiers.get(2);
  }

  /** Whether the text begins with any unit label of any tier. */
  public boolean unitLabel(String text) {
    return unitTiers.stream().anyMatch(t -> t.startsWith(text)) || inlineUnit.startsWith(text);
  }

  private static LabelSet set(JsonNode node) {
    return new LabelSet(Yaml.strings(node));
  }
}
