package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.i18n.Messages;
import org.jxlint.model.ValueKind;

/**
 * Advice that passes: where a finding on an indicator's value suggests example values (“≥95%”),
 * at least one of them, written into that row, draws no error or warning on the value from any
 * rule. Run over every rule's fixture cases.
 */
class AdviceTest {

  private static final Linter ALL_RULES = new Linter(TestSupport.REGISTRY,
      RuleSelection.defaults(), TestSupport.VOCABULARY);
  private static final Messages ZH = Messages.forLanguage("zh");
  private static final Pattern QUOTED = Pattern.compile("“([^”]{1,30})”");

  @Test
  @DisplayName("建议里举的指标值，填进这一行后，任何规则都不再对它报错误或警告")
  void an_example_value_of_a_suggestion_passes_every_rule() {
    List<String> failures = new ArrayList<>();
    int tried = 0;
    for (var file : TestSupport.list(TestSupport.ROOT.resolve("fixtures/rules"), ".yml")) {
      JsonNode doc = TestSupport.readYaml(file);
      for (JsonNode c : doc.path("cases")) {
        JsonNode tree = TestSupport.merged(doc.path("base"), c.path("submission"));
        for (Finding f : ALL_RULES.lint(TestSupport.submission(tree))) {
          if (!"value".equals(f.field()) || f.severity() == Severity.INFO
              || f.location().row() == null) {
            continue;
          }
          List<String> examples = examples(f);
          if (examples.isEmpty()) {
            continue;
          }
          tried++;
          if (examples.stream().noneMatch(e -> passes(tree, f, e))) {
            failures.add(f.messageKey() + " in " + file.getFileName() + " › "
                + c.path("name").asText() + ": " + examples);
          }
        }
      }
    }
    assertTrue(tried > 20, "the fixtures hold advice with example values: " + tried);
    assertTrue(failures.isEmpty(), failures.size() + " pieces of advice fail:\n"
        + String.join("\n", failures));
  }

  /** The quoted example values of the finding's suggestion that read as targets. */
  private static List<String> examples(Finding f) {
    Object[] args = f.args().stream().map(a -> a.startsWith(Finding.TERM)
        ? ZH.get(a.substring(Finding.TERM.length())) : a).toArray();
    String fix = ZH.find(f.messageKey() + ".fix", args).orElse("");
    List<String> out = new ArrayList<>();
    Matcher m = QUOTED.matcher(fix);
    while (m.find()) {
      ValueKind kind = TestSupport.VALUES.parse(m.group(1)).kind();
      if (kind != ValueKind.QUALITATIVE && kind != ValueKind.EMPTY
          && !m.group(1).contains("›")) {
        out.add(m.group(1));
      }
    }
    return out;
  }

  /** Whether the row, with the example as its value, draws no error or warning on its value. */
  private static boolean passes(JsonNode tree, Finding f, String example) {
    ObjectNode copy = tree.deepCopy();
    ArrayNode tables = (ArrayNode) copy.path("tables");
    int t = f.location().table() == null ? 0 : f.location().table() - 1;
    int r = f.location().row() - 1;
    if (t >= tables.size() || r >= tables.get(t).path("indicators").size()) {
      return true; // a finding this test cannot place (a project line): not advice on a cell
    }
    ObjectNode row = (ObjectNode) tables.get(t).path("indicators").get(r);
    row.put("value", example);
    row.remove("unit");
    row.remove("comparator");
    return ALL_RULES.lint(TestSupport.submission(copy)).stream().noneMatch(g ->
        "value".equals(g.field()) && g.severity() != Severity.INFO
            && f.location().equals(g.location()) && g.indicator().equals(f.indicator()));
  }
}
