package org.jxlint.cli;

import org.jxlint.i18n.Messages;
import picocli.CommandLine.Option;

/** {@code --lang zh|en}, shared by every command that speaks. */
final class LanguageOption {

  @Option(names = "--lang", paramLabel = "语言", defaultValue = "zh",
      converter = Choices.Langs.class, completionCandidates = Choices.Langs.class,
      description = "报告语言：zh（中文，默认）或 en（英文）。")
  Choices.Lang lang = Choices.Lang.ZH;

  Messages messages() {
    return Messages.forLanguage(lang.name());
  }
}
