package org.jxlint.cli;

import java.util.List;
import org.jxlint.i18n.Messages;
import picocli.CommandLine;

/** Says picocli's usage errors in Chinese, in one line. */
final class UsageErrors {

  private UsageErrors() {}

  static String describe(CommandLine.ParameterException ex) {
    return describe(ex, new String[0]);
  }

  /**
   * The error in one line. A file whose name starts with “-” is taken for an option (picocli then
   * misses the file, or calls it an unknown option): the user is told how to name it.
   */
  static String describe(CommandLine.ParameterException ex, String[] args) {
    String dashFile = dashFile(ex.getCommandLine(), args);
    if (dashFile != null) {
      return Messages.forLanguage(language(args)).get("error.dashFile", dashFile,
          ex.getCommandLine().getCommandName());
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> unmatched = u.getUnmatched();
      String what = unmatched.isEmpty() ? "" : unmatched.get(0);
      return what.startsWith("-") ? "不认识的选项：" + what : "多余的参数：" + what;
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      String unknown = unknownOption(m.getCommandLine(), args);
      if (unknown != null) {
        return "不认识的选项：" + unknown; // it took the place of the file the command needs
      }
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

  /**
   * The first argument that starts with “-” but is no option of the command and looks like a
   * file: one that exists, or a name with a dot, a slash or a character outside ASCII. Null when
   * there is none (or it stands after “--”, where it is a file already).
   */
  static String dashFile(CommandLine command, String[] args) {
    String unknown = unknownOption(command, args);
    return unknown != null && looksLikeFile(unknown) ? unknown : null;
  }

  /** The first argument before “--” that starts with “-” and is no option of the command. */
  private static String unknownOption(CommandLine command, String[] args) {
    CommandLine.Model.CommandSpec spec = command.getCommandSpec();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return null;
      }
      if (!arg.startsWith("-") || arg.equals("-")) {
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      CommandLine.Model.OptionSpec option = spec.findOption(name);
      if (option != null) {
        if (!arg.contains("=") && option.arity().max() > 0) {
          i++; // its value, whatever it looks like
        }
        continue;
      }
      if (arg.length() > 1 && spec.findOption(arg.charAt(1)) != null && !looksLikeFile(arg)) {
        continue; // short options run together (-vj2)
      }
      return arg;
    }
    return null;
  }

  private static boolean looksLikeFile(String arg) {
    if (arg.indexOf('.') > 0 || arg.indexOf('/') >= 0 || arg.indexOf('\\') >= 0
        || !arg.chars().allMatch(c -> c < 0x80)) {
      return true;
    }
    try {
      return java.nio.file.Files.exists(java.nio.file.Path.of(arg));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** {@code --lang en} among raw arguments, for errors met before they are parsed. */
  private static String language(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        return args[i + 1];
      }
      if (args[i].startsWith("--lang=")) {
        return args[i].substring("--lang=".length());
      }
    }
    return "zh";
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
