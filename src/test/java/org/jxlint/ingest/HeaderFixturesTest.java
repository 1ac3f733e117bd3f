package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.jxlint.TestSupport;
import org.jxlint.model.Amount;
import org.jxlint.model.FundItem;
import org.jxlint.model.Project;
import org.jxlint.model.Submission;

/**
 * One small form per header family in {@code fixtures/headers/} (written for the test, not copied
 * from any submission): what jxlint takes from its header — unit, year and its basis, kind, money
 * unit, budget figure, fields left blank (the unit's and the others'), and the goals where the goal rules read them — must equal {@code NAME.expected.json}.
 * {@code -Djxlint.updateGolden=true} rewrites the expected files; review the diff.
 */
class HeaderFixturesTest {

  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/headers");

  @TestFactory
  Stream<DynamicTest> everyHeaderFamily() throws Exception {
    List<Path> forms;
    try (Stream<Path> s = Files.list(DIR)) {
      forms = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(forms.size() >= 7, "one form per header family");
    List<DynamicTest> tests = new ArrayList<>();
    for (Path form : forms) {
      String name = form.getFileName().toString().replaceFirst("\\.txt$", "");
      tests.add(DynamicTest.dynamicTest(name, () -> golden(form, name)));
    }
    return tests.stream();
  }

  private static void golden(Path form, String name) throws Exception {
    Submission s = LayoutFixturesTest.read(form);
    ObjectNode facts = CanonicalJson.MAPPER.createObjectNode();
    facts.put("unit", s.unitName());
    facts.put("year", s.year());
    facts.put("yearBasis", s.yearBasis() == null ? null : s.yearBasis().key());
    facts.put("kind", s.kind() == null ? null : s.kind().name().toLowerCase());
    facts.put("moneyUnit", s.moneyUnit() == null ? null : s.moneyUnit().label());
    Amount budget = budget(s);
    facts.put("budget", budget == null || budget.value() == null ? null
        : budget.value().toPlainString());
    facts.put("filingDate", s.filingDate() == null ? null : s.filingDate().toString());
    var blank = facts.putArray("leftBlank");
    s.leftBlank().stream().map(f -> f.key()).sorted().forEach(blank::add);
    var fields = facts.putArray("blankFields");
    s.blankFields().forEach(f -> fields.add(f.label()));
    var goals = facts.putArray("goals");
    s.goals().forEach(g -> goals.add(g.scope().name().toLowerCase() + ": " + g.text()));
    String json = CanonicalJson.MAPPER.writeValueAsString(facts) + "\n";
    TestSupport.assertGolden(DIR.resolve(name + ".expected.json"), json, "header facts");
  }

  /**
   * A project form whose budget is in its fund block (项目资金（万元）| 年度资金总额 | 50): the project
   * has that budget, so it is not reported as unfilled, and a cost cap above it is.
   */
  @org.junit.jupiter.api.Test
  void aProjectFormsFundBlockIsItsBudget() {
    Submission s = LayoutFixturesTest.read(DIR.resolve("fund-block-budget.txt"));
    assertTrue(TestSupport.lint("empty-project-budget", s).stream()
        .noneMatch(f -> f.messageKey().startsWith("empty-project-budget.project-budget")),
        "the project's budget is read from its fund block");
    assertTrue(TestSupport.lint("cost-over-budget", s).stream()
        .anyMatch(f -> f.evidence().contains("60")), "项目总成本 ≤60万元 over a 50万元 budget");
  }

  /** One project's own figure, else the first fund total, else the first fund figure. */
  private static Amount budget(Submission s) {
    if (s.projects().size() == 1) {
      Project p = s.projects().get(0);
      if (p.total() != null && p.total().value() != null) {
        return p.total();
      }
      if (p.annual() != null && p.annual().value() != null) {
        return p.annual();
      }
    }
    for (FundItem f : s.funds()) {
      if (f.amount() != null && f.amount().value() != null) {
        return f.amount();
      }
    }
    return null;
  }
}
