package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.model.Submission;

/**
 * Hostile sizes for the checks that used to take minutes on them: an all-pairs loop over 50,000
 * rows, back-referencing and nested regexes on a 30,000-digit value and an 80,000-character name.
 * Nothing is timed: a quadratic check would make this suite take hours instead of seconds.
 */
class BoundedWorkTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int ROWS = 50_000;

  private static Submission table(List<ObjectNode> rows) {
    ObjectNode root = JSON.createObjectNode().put("unit", "红岩乡人民政府").put("year", 2026)
        .put("kind", "department");
    ArrayNode indicators = root.putArray("tables").addObject().putArray("indicators");
    rows.forEach(indicators::add);
    return TestSupport.submission(root);
  }

  private static ObjectNode row(String name, String value) {
    return JSON.createObjectNode().put("level1", "产出指标").put("level2", "数量指标")
        .put("name", name).put("value", value);
  }

  @Test
  @DisplayName("五万行的表：分项与总数、说明里的次数都按索引比较，结果与小表相同")
  void fifty_thousand_rows_are_checked_through_an_index() {
    List<ObjectNode> rows = new java.util.ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      rows.add(row("第" + i + "组技能培训人数", "≥" + (i % 50 + 1) + "人")
          .put("explanation", "共开展" + (i % 7 + 1) + "次培训，培训" + (i % 50 + 2) + "人技能培训"));
    }
    rows.add(row("技能培训人数", "≥20人"));
    rows.add(row("脱贫户技能培训人数", "≥260人"));
    List<Finding> findings = TestSupport.lint("part-over-whole", table(rows));
    assertTrue(findings.stream().anyMatch(f -> f.location().row() == ROWS + 2
        && f.messageKey().endsWith(".part-over-whole")),
        "the part over its whole is still found: " + findings.size() + " findings");
  }

  @Test
  @DisplayName("三万位数字的指标值和八万字的指标名称不再卡住检查")
  void long_values_and_names_take_linear_work() {
    String digits = "9".repeat(30_000);
    String name = "培训".repeat(40_000);
    Submission s = table(List.of(row(name, digits), row("合格率" + digits, digits + "%"),
        row(name + "、宣传" + digits, "≥95%≥95%")));
    assertEquals(List.of(3), TestSupport.lint("compound-indicator", s).stream()
        .map(f -> f.location().row()).toList(), "only the name with 、 between Chinese words");
    List<Finding> malformed = TestSupport.lint("malformed-value", s);
    assertEquals(List.of(3), malformed.stream().map(f -> f.location().row()).toList(),
        "only the value written twice (≥95%≥95%) is malformed; 999… is one number");
    for (String rule : List.of("part-over-whole", "counted-differently", "name-value-mismatch")) {
      TestSupport.lint(rule, s);
    }
  }

  @Test
  @DisplayName("五万字不带标点的中文指标值（大写数字、“不低于”反复）：判断是不是句子只扫一遍")
  void a_long_value_in_chinese_is_scanned_once() {
    Submission s = table(List.of(row("培训人次", "一二三四五六七八九十".repeat(5_000)),
        row("受益人数", "不低于".repeat(16_000)), row("培训效果", "通过开展技能培训活动，帮助农村劳动力转移就业")));
    // A hang guard, not a measure of speed: the quadratic pattern took minutes here (29 s for 10,000 characters in a file).
    List<Finding> sentences = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(20), () -> TestSupport.lint("value-is-sentence", s));
    assertEquals(List.of(3), sentences.stream().map(f -> f.location().row()).toList());
  }
}
