package org.jxlint.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jxlint.check.RuleMeta;
import org.jxlint.i18n.Messages;

/**
 * {@code jxlint rules --format json}: every rule with its id, aliases, category, default severity,
 * name and summary, as {@code docs/rules.schema.json} describes.
 */
final class RuleListJson {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private RuleListJson() {}

  /** The rules, in the order given (by category, then id), with name and summary in m's language. */
  static String of(List<RuleMeta> rules, Messages m) throws JsonProcessingException {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode tool = root.putObject("tool");
    tool.put("name", "jxlint");
    tool.put("version", Cli.version());
    var list = root.putArray("rules");
    for (RuleMeta r : rules) {
      ObjectNode rule = list.addObject();
      rule.put("id", r.id());
      r.aliases().forEach(rule.putArray("aliases")::add);
      rule.put("category", r.category().key());
      rule.put("severity", r.severity().key());
      rule.put("name", RuleText.name(m, r));
      rule.put("summary", RuleText.summary(m, r));
    }
    return MAPPER.writeValueAsString(root) + "\n";
  }
}
