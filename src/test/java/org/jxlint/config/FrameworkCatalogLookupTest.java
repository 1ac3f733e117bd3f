package org.jxlint.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jxlint.config.FrameworkCatalog.Framework;
import org.jxlint.config.FrameworkCatalog.Label;
import org.jxlint.config.FrameworkCatalog.Level1;
import org.junit.jupiter.api.Test;

/**
 * A dimension label is found by its hashed spellings and the labels written as patterns, and the
 * first label in the catalogue's order that matches wins, as a search label by label would find.
 */
class FrameworkCatalogLookupTest {

  private static Label label(String name, List<String> synonyms, String... patterns) {
    return Label.of(name, synonyms, java.util.Arrays.stream(patterns).map(Pattern::compile).toList());
  }

  private static FrameworkCatalog catalog() {
    Framework project = new Framework("p", "项目", List.of(
        new Level1(label("产出指标", List.of("产出")), List.of(
            label("核心产出", List.of(), "核心产出\\d*|重点产出"),
            label("数量指标", List.of("数量"))))), List.of());
    Framework unit = new Framework("u", "部门", List.of(
        new Level1(label("履职效能", List.of("产出")), List.of(
            label("重点产出", List.of("重点产出")),
            label("数量指标", List.of("数量目标"))))), List.of());
    return new FrameworkCatalog(List.of(project, unit));
  }

  @Test
  void spellingsAndPatternsOfEveryFrameworkAreFound() {
    FrameworkCatalog c = catalog();
    assertEquals(Optional.of("产出指标"), c.level1Name("产 出"));
    assertEquals(Optional.of("履职效能"), c.level1Name("履职效能"));
    assertEquals(Optional.of("数量指标"), c.level2Name("数量目标"));
    assertEquals(Optional.of("核心产出"), c.level2Name("核心产出3"));
    assertEquals(Optional.empty(), c.level2Name("完成全年培训任务"));
    assertEquals(Optional.empty(), c.level1Name(null));
  }

  @Test
  void theFirstLabelInTheCataloguesOrderWins() {
    FrameworkCatalog c = catalog();
    // 产出 is a synonym in both frameworks: the first framework's label.
    assertEquals(Optional.of("产出指标"), c.level1Name("产出"));
    // 重点产出 is the second framework's spelling, but the first framework's pattern comes first.
    assertEquals(Optional.of("核心产出"), c.level2Name("重点产出"));
  }
}
