package org.jxlint.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jxlint.check.Category;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.RuleMeta;
import org.jxlint.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jxlint rules}: every rule with its name, default severity and summary, by category. */
@Command(name = "rules", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    optionListHeading = "%n选项：%n",
    description = "列出全部规则：规则编号、名称、默认级别和说明，按类别分组。")
final class RulesCommand implements Callable<Integer> {

  @picocli.CommandLine.ParentCommand Cli parent;

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() {
    Messages m = language.messages();
    PrintStream out = parent.io.out();
    List<RuleMeta> rules = CheckRegistry.loadAll().rules();
    Map<Category, List<RuleMeta>> byCategory = rules.stream().collect(Collectors.groupingBy(
        RuleMeta::category, () -> new java.util.EnumMap<>(Category.class), Collectors.toList()));
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
    Map<RuleMeta, String> names = new LinkedHashMap<>();
    rules.forEach(r -> names.put(r, RuleText.name(m, r)));
    int nameWidth = names.values().stream().mapToInt(RuleText::width).max().orElse(10);
    for (Map.Entry<Category, List<RuleMeta>> group : byCategory.entrySet()) {
      out.println(m.get("category." + group.getKey().key()));
      for (RuleMeta r : group.getValue()) {
        String name = names.get(r);
        String severity = m.get("severity." + r.severity().key());
        out.println("  " + RuleText.pad(r.id(), idWidth) + "  " + RuleText.pad(name, nameWidth)
            + "  " + RuleText.pad(severity, m.isEnglish() ? 7 : 4) + "  "
            + RuleText.summary(m, r));
      }
      out.println();
    }
    out.println(m.get("rules.footer", rules.size()));
    return ExitCode.PASSED;
  }
}
