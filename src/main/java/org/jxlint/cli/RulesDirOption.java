package org.jxlint.cli;

import java.nio.file.Path;
import org.jxlint.config.ConfigException;
import org.jxlint.config.Vocabulary;
import picocli.CommandLine.Option;

/** {@code --rules-dir DIR}, shared by every command that reads files with the vocabulary. */
final class RulesDirOption {

  @Option(names = "--rules-dir", paramLabel = "目录",
      description = "使用本地修改过的规则词表目录（代替内置的 lint-rules/）。")
  Path rulesDir;

  /** The bundled vocabulary, or the directory's files first when one was given. */
  Vocabulary vocabulary() throws ConfigException {
    return rulesDir == null ? Vocabulary.bundled() : Vocabulary.fromDirectory(rulesDir);
  }
}
