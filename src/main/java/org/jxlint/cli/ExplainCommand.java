package org.jxlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.RuleSettings;
import org.jxlint.config.ConfigException;
import org.jxlint.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code jxlint explain ID}: a rule's doc page (检查内容/为什么/反例/正例/选项/依据); for a retired id,
 * the pages of every rule that lists it as an alias.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    parameterListHeading = "%n参数：%n", optionListHeading = "%n选项：%n",
    description = "显示一条规则的详细说明：检查内容、为什么、反例、正例、选项和依据。")
final class ExplainCommand implements Callable<Integer> {

  @picocli.CommandLine.ParentCommand Cli parent;

  @Parameters(paramLabel = "规则", description = "规则编号，如 empty-value（用 jxlint rules 查看全部）；"
      + "已停用的旧编号显示接替它的各条规则。")
  String id;

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws Exception {
    explain(CheckRegistry.loadAll(), id, language.messages(), parent.io);
    return ExitCode.PASSED;
  }

  /** Prints the page of the rule {@code id} names, or of each rule that took a retired id over. */
  static void explain(CheckRegistry registry, String id, Messages m, Io io)
      throws ConfigException, IOException {
    List<String> rules = registry.resolve(id.strip());
    if (rules.isEmpty()) {
      var near = RuleSettings.nearest(id.strip(), registry);
      throw near.isPresent() ? new ConfigException("error.unknownRuleId.suggest", id, near.get())
          : new ConfigException("error.unknownRuleId", id);
    }
    if (registry.rule(id.strip()).isEmpty()) { // a retired id: the pages of the rules it became
      io.err().println(m.get("note.retiredRule", id.strip(), String.join(", ", rules)));
    }
    List<String> pages = new ArrayList<>();
    for (String rule : rules) {
      String page = page(rule);
      if (page == null) {
        throw new ConfigException("error.noDoc", rule);
      }
      pages.add(page.endsWith("\n") ? page : page + "\n");
    }
    io.out().print(String.join("\n", pages));
  }

  /** The rule's page as bundled from {@code docs/rules/}; null when there is none. */
  static String page(String ruleId) throws IOException {
    try (InputStream in = ExplainCommand.class.getResourceAsStream(
        "/docs/rules/" + ruleId + ".md")) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
