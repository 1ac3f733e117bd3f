package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.text.TextNormalizer;

/**
 * Every rule has a doc page with the fixed sections, and the tables under 反例 and 正例 run as
 * tests: each 反例 table must draw at least one finding from its rule, each 正例 table none. So the
 * docs cannot drift from the code.
 */
class RuleDocsTest {

  private static final Path DIR = TestSupport.ROOT.resolve("docs/rules");
  private static final List<String> SECTIONS =
      List.of("检查内容", "为什么", "反例", "正例", "选项", "依据");

  @TestFactory
  Stream<DynamicTest> every_rule_has_a_page_whose_examples_hold() {
    return TestSupport.REGISTRY.rules().stream().map(rule -> DynamicTest.dynamicTest(
        rule.id(), () -> checkPage(rule.id())));
  }

  private static void checkPage(String id) throws Exception {
    Path page = DIR.resolve(id + ".md");
    assertTrue(Files.isRegularFile(page), "missing doc page " + page);
    String text = Files.readString(page);
    assertTrue(text.startsWith("# " + id), "page must start with “# " + id + "”");
    for (String section : SECTIONS) {
      assertTrue(text.contains("\n## " + section + "\n"), id + ": missing section " + section);
    }
    if (id.equals("internal-error")) {
      return; // produced by the pipeline itself, not by a check on a table
    }
    List<org.jxlint.model.Submission> bad = examples(section(text, "反例"));
    List<org.jxlint.model.Submission> good = examples(section(text, "正例"));
    assertFalse(bad.isEmpty(), id + ": 反例 needs an example table or json block");
    assertFalse(good.isEmpty(), id + ": 正例 needs an example table or json block");
    for (var example : bad) {
      assertFalse(TestSupport.lint(id, example).isEmpty(), id + ": a 反例 draws no finding");
    }
    for (var example : good) {
      assertEquals(List.of(), TestSupport.lint(id, example), id + ": a 正例 draws findings");
    }
  }

  /**
   * The examples of a section: each Markdown table (indicator rows, or a fund table), and each
   * ```json block holding a submission in canonical form (for prose, goals and the like).
   */
  private static List<org.jxlint.model.Submission> examples(String section) throws Exception {
    List<org.jxlint.model.Submission> out = new ArrayList<>();
    for (var rows : tables(section)) {
      out.add(submission(rows));
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("```json\\n(.*?)```",
        java.util.regex.Pattern.DOTALL).matcher(section);
    while (m.find()) {
      out.add(TestSupport.submission(TestSupport.merged(CanonicalJson.MAPPER.readTree(
          "{\"unit\": \"示例镇人民政府\", \"year\": 2026}"), CanonicalJson.MAPPER.readTree(m.group(1)))));
    }
    return out;
  }

  private static String section(String text, String heading) {
    int start = text.indexOf("\n## " + heading + "\n");
    int end = text.indexOf("\n## ", start + 4);
    return text.substring(start, end < 0 ? text.length() : end);
  }

  /** Markdown tables in a section, each row a map from header to cell. */
  static List<List<Map<String, String>>> tables(String section) {
    List<List<Map<String, String>>> out = new ArrayList<>();
    List<String> header = null;
    List<Map<String, String>> rows = null;
    for (String line : section.split("\n")) {
      if (!line.startsWith("|")) {
        header = null;
        continue;
      }
      List<String> cells = cells(line);
      if (header == null) {
        header = cells;
        rows = new ArrayList<>();
        out.add(rows);
      } else if (!cells.stream().allMatch(c -> c.matches("-+|:?-+:?"))) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
          row.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        rows.add(row);
      }
    }
    return out;
  }

  private static List<String> cells(String line) {
    String inner = line.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> cells = new ArrayList<>();
    for (String c : inner.split("\\|", -1)) {
      cells.add(c.strip());
    }
    return cells;
  }

  /** A doc table as a submission, its headers mapped to fields by lint-rules/columns.yml. */
  private static org.jxlint.model.Submission submission(List<Map<String, String>> rows)
      throws Exception {
    JsonNode columns = TestSupport.VOCABULARY.document("columns.yml").path("columns");
    ObjectNode root = CanonicalJson.MAPPER.createObjectNode();
    root.put("unit", "示例镇人民政府");
    root.put("year", 2026);
    if (!rows.isEmpty() && rows.get(0).containsKey(FUND_LABEL)) {
      return fundSubmission(root, rows);
    }
    ArrayNode indicators = root.putArray("tables").addObject().putArray("indicators");
    for (Map<String, String> row : rows) {
      ObjectNode ind = indicators.addObject();
      row.forEach((head, cell) -> {
        String field = fieldOf(columns, head);
        assertTrue(field != null, "unknown column header in doc example: " + head);
        ind.put(field, cell);
      });
    }
    return TestSupport.submission(root);
  }

  /** The header of a fund table's label column; its other columns are 金额 and 占比. */
  private static final String FUND_LABEL = "资金项目";

  /**
   * A fund table (资金项目 | 金额 | 占比) as a submission: the first row is the total, the rows
   * below it its parts, amounts in 万元.
   */
  private static org.jxlint.model.Submission fundSubmission(ObjectNode root,
      List<Map<String, String>> rows) {
    root.put("moneyUnit", "万元");
    ObjectNode total = root.putArray("funds").addObject();
    fund(total, rows.get(0));
    ArrayNode children = total.putArray("children");
    for (Map<String, String> row : rows.subList(1, rows.size())) {
      fund(children.addObject(), row);
    }
    return TestSupport.submission(root);
  }

  private static void fund(ObjectNode node, Map<String, String> row) {
    node.put("label", row.get(FUND_LABEL));
    node.put("amount", row.getOrDefault("金额", ""));
    if (row.containsKey("占比")) {
      node.put("share", row.get("占比"));
    }
  }

  private static String fieldOf(JsonNode columns, String header) {
    String h = TextNormalizer.compact(header);
    for (var it = columns.fields(); it.hasNext(); ) {
      var e = it.next();
      for (JsonNode spelling : e.getValue()) {
        if (TextNormalizer.compact(spelling.asText()).equals(h)) {
          return e.getKey();
        }
      }
    }
    return null;
  }
}
