package org.jxlint.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.check.RuleMeta;

class MessagesTest {

  private static Properties load(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream("/org/jxlint/" + name)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  @DisplayName("中英文用语一一对应（英文另有规则名称和说明）")
  void chinese_and_english_bundles_have_the_same_keys() throws Exception {
    Set<String> zh = new TreeSet<>(load("messages.properties").stringPropertyNames());
    Set<String> en = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
    en.removeIf(k -> k.startsWith("rule."));
    assertEquals(zh, en);
  }

  @Test
  void every_pattern_is_a_valid_message_format() throws Exception {
    for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        new MessageFormat(p.getProperty(key)).format(new Object[] {"a", "b", "c", "d", "e"});
      }
    }
  }

  @Test
  @DisplayName("英文的撇号写成两个（MessageFormat 会吞掉单个撇号，连同其后的 {0}）")
  void apostrophes_survive_message_format() throws Exception {
    for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties p = load(bundle);
      for (String key : p.stringPropertyNames()) {
        String pattern = p.getProperty(key).replace("'{'", "").replace("'}'", "")
            .replace("''", "");
        assertTrue(pattern.indexOf('\'') < 0, bundle + " " + key + " has a single apostrophe");
      }
    }
  }

  @Test
  void every_rule_has_an_english_name_and_summary() {
    Messages en = Messages.forLanguage("en");
    for (RuleMeta r : TestSupport.REGISTRY.rules()) {
      assertTrue(en.has("rule." + r.id() + ".name"), r.id());
      assertTrue(en.has("rule." + r.id() + ".summary"), r.id());
    }
  }

  @Test
  void years_are_never_grouped_like_numbers() {
    assertEquals("年度：2026", Messages.forLanguage("zh").get("report.meta.year", 2026));
  }
}
