package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.i18n.Messages;

/** A suggestion's example date is in the form's own budget year, 当年 where none was read. */
class AdviceYearTest {

  private static final Linter ALL_RULES = new Linter(TestSupport.REGISTRY,
      RuleSelection.defaults(), TestSupport.VOCABULARY);
  private static final Messages ZH = Messages.forLanguage("zh");

  private static String suggestion(String yearField, String rule) throws Exception {
    String json = "{\"unit\": \"青石乡人民政府\", " + yearField + "\"kind\": \"project\", \"tables\": ["
        + "{\"indicators\": [{\"level1\": \"产出指标\", \"level2\": \"质量指标\", \"name\": \"广场设施维护\","
        + " \"value\": \"持续推进\"}, {\"level1\": \"产出指标\", \"level2\": \"数量指标\","
        + " \"name\": \"新建村道长度\", \"value\": \"\"}]}]}";
    List<Finding> found = ALL_RULES.lint(TestSupport.submission(new ObjectMapper().readTree(json)));
    Finding f = found.stream().filter(x -> x.rule().equals(rule)).findFirst().orElseThrow(
        () -> new AssertionError(rule + " not found in " + found));
    Object[] args = f.args().stream().map(a -> a.startsWith(Finding.TERM)
        ? ZH.get(a.substring(Finding.TERM.length())) : a).toArray();
    return ZH.find(f.messageKey() + ".fix", args).orElse("");
  }

  @Test
  void the_example_date_is_in_the_budget_year() throws Exception {
    assertEquals(true, suggestion("\"year\": 2018, ", "vague-value").contains("“2018年11月30日前”"));
    assertEquals(true,
        suggestion("\"year\": 2018, ", "empty-indicator-value").contains("“2018年12月31日前”"));
  }

  @Test
  void without_a_year_the_example_says_the_budget_year_in_words() throws Exception {
    assertEquals(true, suggestion("", "vague-value").contains("“当年11月30日前”"));
  }
}
