package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;
import org.jxlint.i18n.Messages;

/**
 * Runs every rule's fixture file, found by convention at {@code fixtures/rules/<rule id>.yml}: each
 * case is a submission in canonical form and the exact findings that rule must report — no more,
 * no fewer. Adding a rule means adding its class, this file and its doc page.
 */
class RuleFixturesTest {

  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/rules");
  private static final Messages ZH = Messages.forLanguage("zh");
  private static final Messages EN = Messages.forLanguage("en");

  /** A finding reduced to what a fixture states: compared as a small tuple, not a message. */
  record Expected(String field, Integer table, Integer row, String evidence, String severity) {}

  @TestFactory
  Stream<DynamicNode> every_rule_fixture_case_reports_exactly_what_it_expects() {
    return TestSupport.list(DIR, ".yml").stream().map(file -> {
      JsonNode doc = TestSupport.readYaml(file);
      String rule = doc.path("rule").asText();
      List<DynamicTest> cases = new ArrayList<>();
      for (JsonNode c : doc.path("cases")) {
        cases.add(DynamicTest.dynamicTest(rule + " › " + c.path("name").asText(),
            () -> runCase(rule, doc.path("base"), c)));
      }
      return DynamicContainer.dynamicContainer(file.getFileName().toString(), cases);
    });
  }

  private static void runCase(String rule, JsonNode base, JsonNode c) {
    var submission = TestSupport.submission(TestSupport.merged(base, c.path("submission")));
    List<Finding> findings = TestSupport.lint(rule, submission);
    List<Expected> actual = findings.stream().map(f -> new Expected(f.field(),
        f.location().table(), f.location().row(), f.evidence(), f.severity().key())).toList();
    // Unstated severity means the rule's default.
    String defaultSeverity = TestSupport.REGISTRY.rule(rule).orElseThrow().severity().key();
    List<Expected> expected = new ArrayList<>();
    for (JsonNode e : c.path("expect")) {
      Integer row = e.hasNonNull("row") ? Integer.valueOf(e.get("row").asInt()) : null;
      Integer table = e.hasNonNull("table") ? Integer.valueOf(e.get("table").asInt())
          : row != null ? Integer.valueOf(1) : null; // a row alone means table 1
      expected.add(new Expected(e.path("field").asText(null), table, row,
          e.path("evidence").asText(""), e.path("severity").asText(defaultSeverity)));
    }
    assertEquals(expected, actual, "findings of " + rule);
    for (Finding f : findings) {
      assertTrue(ZH.has(f.messageKey()), "no Chinese message for " + f.messageKey());
      assertTrue(EN.has(f.messageKey()), "no English message for " + f.messageKey());
      for (Messages m : List.of(ZH, EN)) {
        Object[] args = f.args().stream().map(a -> a.startsWith(Finding.TERM)
            ? m.get(a.substring(Finding.TERM.length())) : a).toArray();
        for (String text : new String[] {m.get(f.messageKey(), args),
            m.find(f.messageKey() + ".fix", args).orElse("")}) {
          assertTrue(!text.matches("(?s).*\\{\\d+}.*"),
              "a placeholder left unfilled in " + f.messageKey() + ": " + text);
        }
      }
      for (String arg : f.args()) {
        if (arg.startsWith(Finding.TERM)) {
          String key = arg.substring(Finding.TERM.length());
          assertTrue(ZH.has(key) && EN.has(key), "no words for the term " + key);
        }
      }
    }
  }

  @Test
  @DisplayName("每条规则都有夹具文件，每个夹具文件都对应一条规则，且正反例都有")
  void fixtures_and_rules_match_one_to_one() {
    Set<String> rules = new TreeSet<>();
    TestSupport.REGISTRY.checks().forEach(c -> rules.add(c.meta().id()));
    Set<String> files = new TreeSet<>();
    for (Path file : TestSupport.list(DIR, ".yml")) {
      JsonNode doc = TestSupport.readYaml(file);
      String rule = doc.path("rule").asText();
      assertEquals(rule + ".yml", file.getFileName().toString(), "fixture file name");
      files.add(rule);
      long positive = 0;
      long negative = 0;
      for (JsonNode c : doc.path("cases")) {
        if (c.path("expect").isEmpty()) {
          negative++;
        } else {
          positive++;
        }
      }
      assertTrue(positive >= 8 && negative >= 8,
          rule + " needs at least eight cases with findings and eight without");
    }
    assertEquals(rules, files);
    assertFalse(rules.isEmpty());
    assertTrue(Files.isDirectory(DIR));
  }
}
