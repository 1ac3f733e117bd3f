package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.check.Category;
import org.jxlint.check.RuleMeta;
import org.jxlint.check.Severity;
import org.jxlint.check.SplitRules;
import org.jxlint.i18n.Messages;

/** {@code jxlint rules --format json} is what docs/rules.schema.json and rules-json.md say. */
class RulesJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode read(String path) throws Exception {
    return MAPPER.readTree(Files.readString(TestSupport.ROOT.resolve(path)));
  }

  private static JsonNode rules(String... more) throws Exception {
    List<String> args = new ArrayList<>(List.of("rules", "--format", "json"));
    args.addAll(List.of(more));
    InProcess run = InProcess.run(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.stderr());
    return MAPPER.readTree(run.stdout());
  }

  @Test
  @DisplayName("中英文的规则清单和它的黄金文件都符合 schema，列出每条规则一次、带默认级别和别名")
  void the_list_is_valid_and_names_every_rule_once() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(read("docs/rules.schema.json"));
    JsonNode golden = MAPPER.readTree(Files.readString(TestSupport.ROOT.resolve(
        "fixtures/cli/rules-json/stdout")).replace("${version}", Cli.version()));
    for (JsonNode list : List.of(rules(), rules("--lang", "en"), golden)) {
      assertEquals(Set.of(), schema.validate(list), list.toString());
      List<String> ids = new ArrayList<>();
      list.path("rules").forEach(r -> ids.add(r.path("id").asText()));
      assertEquals(TestSupport.REGISTRY.rules().stream().map(RuleMeta::id).sorted().toList(),
          ids.stream().sorted().toList());
      for (JsonNode r : list.path("rules")) {
        RuleMeta meta = TestSupport.REGISTRY.rule(r.path("id").asText()).orElseThrow();
        assertEquals(meta.severity().key(), r.path("severity").asText(), meta.id());
        assertEquals(meta.aliases().toString(), MAPPER.convertValue(r.path("aliases"),
            List.class).toString(), meta.id());
      }
    }
  }

  private static String printed(RulesCommand.Format format, String lang) throws Exception {
    var bytes = new java.io.ByteArrayOutputStream();
    RulesCommand.print(SplitRules.REGISTRY, format, Messages.forLanguage(lang),
        new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("拆分出的规则在清单里写出旧编号：文字在说明之后，JSON 在 aliases 里")
  void split_rules_show_the_id_they_came_from() throws Exception {
    String zh = printed(RulesCommand.Format.TEXT, "zh");
    assertTrue(zh.lines().anyMatch(l -> l.strip().startsWith(SplitRules.FIRST + " ")
        && l.endsWith("测试用：拆分出的第一条  （旧编号 " + SplitRules.RETIRED + "）")), zh);
    assertTrue(zh.lines().anyMatch(l -> l.strip().startsWith(SplitRules.BYSTANDER + " ")
        && l.endsWith("测试用：与拆分无关")), zh);
    assertTrue(printed(RulesCommand.Format.TEXT, "en")
        .contains("  (formerly " + SplitRules.RETIRED + ")\n"));
    JsonNode json = MAPPER.readTree(printed(RulesCommand.Format.JSON, "zh"));
    List<String> aliases = new ArrayList<>();
    json.path("rules").forEach(r -> aliases.add(r.path("id").asText() + "=" + r.path("aliases")));
    assertEquals(List.of(SplitRules.FIRST + "=[\"whole-rule\"]",
        SplitRules.SECOND + "=[\"whole-rule\"]", SplitRules.BYSTANDER + "=[]",
        "internal-error=[]"), aliases);
  }

  @Test
  @DisplayName("schema 列出的类别和级别就是 jxlint 的类别和级别，每个键都写在 docs/rules-json.md 里")
  void the_schema_and_doc_keep_up_with_the_code() throws Exception {
    JsonNode schema = read("docs/rules.schema.json");
    JsonNode rule = schema.path("$defs").path("rule").path("properties");
    assertEquals(Arrays.stream(Category.values()).map(Category::key).toList(),
        MAPPER.convertValue(rule.path("category").path("enum"), List.class));
    assertEquals(Arrays.stream(Severity.values()).map(Severity::key).toList(),
        MAPPER.convertValue(rule.path("severity").path("enum"), List.class));
    String doc = Files.readString(TestSupport.ROOT.resolve("docs/rules-json.md"));
    Set<String> keys = new TreeSet<>();
    schema.path("properties").fieldNames().forEachRemaining(keys::add);
    schema.path("properties").path("tool").path("properties").fieldNames()
        .forEachRemaining(keys::add);
    rule.fieldNames().forEachRemaining(keys::add);
    keys.addAll(Arrays.stream(Category.values()).map(Category::key).toList());
    for (String key : keys) {
      assertTrue(doc.contains("`" + key + "`"), "docs/rules-json.md documents `" + key + "`");
    }
  }
}
