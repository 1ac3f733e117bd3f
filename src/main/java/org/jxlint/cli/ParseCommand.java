package org.jxlint.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jxlint.config.ConfigException;
import org.jxlint.config.Vocabulary;
import org.jxlint.i18n.Messages;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.ingest.CanonicalTree;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code jxlint parse FILE}: prints what jxlint read from a file as canonical JSON, so a user can
 * see whether the table was understood, correct it, and check the corrected JSON instead.
 */
@Command(name = "parse", mixinStandardHelpOptions = true, synopsisHeading = "用法：",
    parameterListHeading = "%n参数：%n", optionListHeading = "%n选项：%n",
    description = {"显示 jxlint 从文件中读出的内容（jxlint 标准 JSON）。",
        "可核对表格是否读对；改正后的 JSON 可直接交给 jxlint check 检查。"})
final class ParseCommand implements Callable<Integer> {

  @picocli.CommandLine.ParentCommand Cli parent;

  @Parameters(paramLabel = "文件", description = "要读取的文件（Word、Excel、PDF、CSV、文本或 JSON）。")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "文件", description = "写入文件，而不是屏幕。")
  Path output;

  @Option(names = "--explain", description = {"不打印 JSON，而是逐张表说明每一列读成了什么、依据是什么，",
      "以及 jxlint 读不准的地方（读取提示）。"})
  boolean explain;

  @Mixin RulesDirOption rules = new RulesDirOption();

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    Messages messages = language.messages();
    if (!Files.exists(file)) {
      throw new org.jxlint.config.ConfigException("error.pathMissing", file);
    }
    Vocabulary vocabulary = rules.vocabulary();
    IngestResult result = Ingestor.standard(vocabulary).read(file, file.toString());
    if (result instanceof IngestResult.Unreadable u) {
      io.err().println(messages.get("parse.unreadable", u.path(),
          messages.get(u.reasonKey(), u.reasonArgs().toArray())));
      return ExitCode.FAILED;
    }
    org.jxlint.model.Submission read = ((IngestResult.Read) result).submission();
    String json = explain ? ParseExplanation.of(read, messages)
        : CanonicalJson.MAPPER.writeValueAsString(CanonicalTree.of(read)) + "\n";
    if (output == null) {
      io.out().print(json);
    } else {
      try {
        Files.writeString(output, json, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new ConfigException("error.outputFailed", output, e.getMessage());
      }
    }
    return ExitCode.PASSED;
  }
}
