package org.jxlint.cli;

import java.util.List;
import picocli.CommandLine;

/** Says picocli's usage errors in Chinese, in one line. */
final class UsageErrors {

  private UsageErrors() {}

  static String describe(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String what = unmatched.isEmpty() ? "" : unmatched.get(0);
      return what.startsWith("-") ? "不认识的选项：" + what : "多余的参数：" + what;
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      if ("check".equals(m.getCommandLine().getCommandName())) {
        return "请指定要检查的文件或目录，例如：jxlint check 申报表.json";
      }
      return "缺少参数：" + m.getMissing().stream().map(UsageErrors::name)
          .reduce((a, b) -> a + "、" + b).orElse("");
    }
    if (ex.getArgSpec() != null && ex.getValue() != null) {
      return "选项 " + name(ex.getArgSpec()) + " 的值“" + ex.getValue() + "”无效"
          + choices(ex.getArgSpec());
    }
    return "参数错误：" + ex.getMessage();
  }

  private static String name(CommandLine.Model.ArgSpec spec) {
    if (spec instanceof CommandLine.Model.OptionSpec o) {
      return o.longestName();
    }
    return spec.paramLabel();
  }

  private static String choices(CommandLine.Model.ArgSpec spec) {
    Iterable<String> candidates = spec.completionCandidates();
    if (candidates == null) {
      return "。";
    }
    return "，可选：" + String.join("、", candidates) + "。";
  }

  /** The --lang the user asked for, so configuration errors come in that language. */
  static String language(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult sub = parsed;
    while (sub.hasSubcommand()) {
      sub = sub.subcommand();
    }
    Object lang = sub.hasMatchedOption("--lang") ? sub.matchedOptionValue("--lang", null) : null;
    return lang == null ? "zh" : lang.toString(); // a Choices.Lang once converted
  }
}
