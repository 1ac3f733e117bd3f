package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.jxlint.check.SplitRules.BYSTANDER;
import static org.jxlint.check.SplitRules.FIRST;
import static org.jxlint.check.SplitRules.RETIRED;
import static org.jxlint.check.SplitRules.SECOND;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;
import org.jxlint.model.Submission;

/**
 * Rule aliases: a rule split into several keeps its old id working. The production rules must
 * keep ids unique and aliases retired; resolution is tested on {@link SplitRules}.
 */
class RuleAliasesTest {

  @Test
  @DisplayName("没有两条规则同一个编号")
  void no_two_rules_share_an_id() {
    List<String> ids = new ArrayList<>();
    ServiceLoader.load(Check.class).forEach(c -> ids.add(c.meta().id()));
    ids.add(RuleMeta.INTERNAL_ERROR.id());
    Map<String, Long> twice = ids.stream().collect(Collectors.groupingBy(id -> id,
        TreeMap::new, Collectors.counting()));
    twice.values().removeIf(n -> n == 1);
    assertEquals(Map.of(), twice);
  }

  @Test
  @DisplayName("别名是停用的编号，或是拆出这条规则的那条现有规则；规则不以自己为别名，别名不成链")
  void every_alias_is_a_retired_id_or_the_rule_it_was_split_from() {
    Map<String, String> wrong = new LinkedHashMap<>();
    for (RuleMeta r : TestSupport.REGISTRY.rules()) {
      for (String a : r.aliases()) {
        var parent = TestSupport.REGISTRY.rule(a);
        if (a.equals(r.id()) || parent.isPresent() && !parent.get().aliases().isEmpty()) {
          wrong.put(r.id(), a);
        }
      }
    }
    assertEquals(Map.of(), wrong, "rule → alias that is itself or a rule with aliases of its own");
  }

  @LintRule(id = "shadows-bystander", aliases = BYSTANDER, name = "测试用",
      severity = Severity.INFO, category = Category.INTERNAL, summary = "测试用")
  static final class ShadowsBystander implements Check {
    @Override
    public void check(Submission s, CheckContext c) {}
  }

  @Test
  @DisplayName("仍在的规则被拆出一部分时：它的编号指它自己和拆出的部分，拆出部分的编号只指自己")
  void a_live_id_used_as_an_alias_resolves_to_the_rule_and_its_parts() {
    CheckRegistry registry = new CheckRegistry(List.of(
        new SplitRules.Bystander(), new ShadowsBystander()));
    assertEquals(List.of(BYSTANDER, "shadows-bystander"), registry.resolve(BYSTANDER));
    assertEquals(List.of("shadows-bystander"), registry.resolve("shadows-bystander"));
    assertTrue(registry.rule(BYSTANDER).isPresent(), "the rule is still a rule");
  }

  @Test
  @DisplayName("旧编号指所有接替它的规则；现有编号只指它自己；不认识的编号什么也不指")
  void an_old_id_resolves_to_every_successor() {
    assertEquals(List.of(FIRST, SECOND), SplitRules.REGISTRY.resolve(RETIRED));
    assertEquals(List.of(FIRST), SplitRules.REGISTRY.resolve(FIRST));
    assertEquals(List.of(), SplitRules.REGISTRY.resolve("whole-rul"));
    assertTrue(SplitRules.REGISTRY.rule(RETIRED).isEmpty(), "an alias is not a rule");
    assertEquals(List.of(RETIRED), SplitRules.REGISTRY.rule(SECOND).orElseThrow().aliases());
  }

  private static Map<String, Severity> severities(Map<String, String> settings)
      throws ConfigException {
    ProjectConfig config = new ProjectConfig(Path.of(".jxlint.yml"), settings, List.of());
    Linter linter = new Linter(SplitRules.REGISTRY,
        RuleSettings.select(config, SplitRules.REGISTRY), TestSupport.VOCABULARY);
    Submission s = TestSupport.submission(TestSupport.readYaml(TestSupport.ROOT.resolve(
        "fixtures/examples/青山镇-2026-修改后.json")));
    Map<String, Severity> out = new TreeMap<>();
    linter.lint(s).forEach(f -> out.put(f.rule(), f.severity()));
    return out;
  }

  @Test
  @DisplayName("配置里用旧编号关掉规则，接替它的规则都关掉，别的规则照常")
  void an_old_id_switched_off_switches_off_every_successor() throws Exception {
    assertEquals(Map.of(FIRST, Severity.ERROR, SECOND, Severity.WARNING,
        BYSTANDER, Severity.WARNING), severities(Map.of()), "defaults");
    assertEquals(Map.of(BYSTANDER, Severity.WARNING), severities(Map.of(RETIRED, "off")));
  }

  @Test
  @DisplayName("配置里用旧编号改级别，接替它的规则都用这个级别")
  void an_old_id_given_a_severity_sets_it_for_every_successor() throws Exception {
    assertEquals(Map.of(FIRST, Severity.INFO, SECOND, Severity.INFO,
        BYSTANDER, Severity.WARNING), severities(Map.of(RETIRED, "info")));
  }

  @Test
  @DisplayName("旧编号和新编号都写了，新编号的设置优先，与先后无关")
  void a_successors_own_setting_wins_over_its_old_id() throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(FIRST, "info");
    settings.put(RETIRED, "off");
    assertEquals(Map.of(FIRST, Severity.INFO, BYSTANDER, Severity.WARNING),
        severities(settings));
  }

  @Test
  @DisplayName("不认识的编号仍然是配置错误，并提示最接近的编号（旧编号也算）")
  void unknown_ids_are_still_errors_that_suggest_the_nearest_id() {
    ConfigException e = assertThrows(ConfigException.class,
        () -> severities(Map.of("whole-rul", "off")));
    assertEquals("error.unknownRule.suggest", e.key());
    assertEquals(RETIRED, e.args().get(2));
    assertEquals("error.unknownRule",
        assertThrows(ConfigException.class, () -> severities(Map.of("zzzzzzzzzzzz", "off"))).key());
  }
}
