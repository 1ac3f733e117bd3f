package org.jxlint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
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
import picocli.CommandLine.Option;

/**
 * {@code jxlint rules}: every rule with its name, default severity, summary and retired ids, by
 * category; {@code --format json} for programs.
 */
@Command(name = "rules", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    optionListHeading = "%n选项：%n",
    description = "列出全部规则：规则编号、名称、默认级别和说明，按类别分组。")
final class RulesCommand implements Callable<Integer> {

  /** What {@code --format} may be. */
  enum Format { TEXT, JSON }

  static final class Formats extends Choices.LowerCase<Format> {
    Formats() {
      super(Format.class);
    }
  }

  @picocli.CommandLine.ParentCommand Cli parent;

  @Mixin LanguageOption language = new LanguageOption();

  @Option(names = "--format", paramLabel = "格式", defaultValue = "text",
      converter = Formats.class, completionCandidates = Formats.class,
      description = "输出格式：text（默认）或 json（供程序读取，见 docs/rules-json.md）。")
  Format format = Format.TEXT;

  @Override
  public Integer call() throws Exception {
    print(CheckRegistry.loadAll(), format, language.messages(), parent.io.out());
    return ExitCode.PASSED;
  }

  /** The registry's rules, by category then id, as text or JSON. */
  static void print(CheckRegistry registry, Format format, Messages m, PrintStream out)
      throws IOException {
    Map<Category, List<RuleMeta>> byCategory = registry.rules().stream()
        .sorted(Comparator.comparing(RuleMeta::id)).collect(Collectors.groupingBy(
            RuleMeta::category, () -> new java.util.EnumMap<>(Category.class),
            Collectors.toList()));
    List<RuleMeta> rules = byCategory.values().stream().flatMap(List::stream).toList();
    if (format == Format.JSON) {
      out.print(RuleListJson.of(rules, m));
      return;
    }
    int idWidth = rules.stream().mapToInt(r -> r.id().length()).max().orElse(10);
    Map<RuleMeta, String> names = new LinkedHashMap<>();
    rules.forEach(r -> names.put(r, RuleText.name(m, r)));
    int nameWidth = names.values().stream().mapToInt(RuleText::width).max().orElse(10);
    for (Map.Entry<Category, List<RuleMeta>> group : byCategory.entrySet()) {
      out.println(m.get("category." + group.getKey().key()));
      for (RuleMeta r : group.getValue()) {
        String severity = m.get("severity." + r.severity().key());
        out.println("  " + RuleText.pad(r.id(), idWidth) + "  "
            + RuleText.pad(names.get(r), nameWidth) + "  "
            + RuleText.pad(severity, m.isEnglish() ? 7 : 4) + "  " + RuleText.summary(m, r)
            + formerly(m, r));
      }
      out.println();
    }
    out.println(m.get("rules.footer", rules.size()));
  }

  /** The retired ids a rule took over, after its summary; nothing when it has none. */
  private static String formerly(Messages m, RuleMeta r) {
    return r.aliases().isEmpty() ? ""
        : "  " + m.get("rules.aliases", String.join(", ", r.aliases()));
  }
}
