package org.jxlint.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleSettings;
import org.jxlint.config.ConfigException;
import org.jxlint.config.ProjectConfig;
import org.jxlint.config.Vocabulary;
import org.jxlint.i18n.Messages;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;
import org.jxlint.model.Submission;
import org.jxlint.report.FailOn;
import org.jxlint.report.FileReport;
import org.jxlint.report.JsonReportWriter;
import org.jxlint.report.ReportWriter;
import org.jxlint.report.Summary;
import org.jxlint.report.TextReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jxlint check PATH…}: read, check and report every file; exit by the gate. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    synopsisHeading = "用法：",
    descriptionHeading = "%n",
    parameterListHeading = "%n参数：%n",
    optionListHeading = "%n选项：%n",
    description = {
      "检查绩效目标表（文件或目录，目录会逐层查找），报告每个问题的位置、原因和修改建议。",
      "每个文件都会出现在报告里；无法读取的文件会说明原因，其余文件照常检查。"
    },
    footerHeading = "%n",
    footer = {"退出码：0 通过；1 未通过；2 用法或配置错误。",
        "配置：从被检查的路径向上查找 .jxlint.yml（或用 --config 指定），可关闭规则或改变级别。"})
final class CheckCommand implements Callable<Integer> {

  @ParentCommand Cli parent;

  @Parameters(paramLabel = "路径", arity = "1..*",
      description = "要检查的文件或目录。")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "格式", defaultValue = "text",
      converter = Choices.Formats.class, completionCandidates = Choices.Formats.class,
      description = "报告格式：text（默认，给人看）或 json（给程序用）。")
  Choices.Format format = Choices.Format.TEXT;

  @Option(names = {"-o", "--output"}, paramLabel = "文件",
      description = "把报告写入文件，而不是屏幕。")
  Path output;

  @Option(names = "--fail-on", paramLabel = "级别", defaultValue = "error",
      converter = Choices.FailOns.class, completionCandidates = Choices.FailOns.class,
      description = "何种问题使检查不通过（退出码 1）：error（默认）、warning 或 never。")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--config", paramLabel = "文件",
      description = "使用指定的配置文件，不再向上查找 .jxlint.yml。")
  Path config;

  @Mixin RulesDirOption rules = new RulesDirOption();

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    Messages messages = language.messages();
    for (Path p : paths) {
      if (!Files.exists(p)) {
        io.err().println(messages.get("error.prefix") + messages.get("error.pathMissing", p));
        return ExitCode.USAGE;
      }
    }
    Vocabulary vocabulary = rules.vocabulary();
    CheckRegistry registry = CheckRegistry.loadAll();
    Map<Path, Linter> linters = linters(registry, vocabulary);
    Ingestor ingestor = Ingestor.standard(vocabulary);

    OutputStream sink = io.out();
    if (output != null) {
      try {
        sink = new BufferedOutputStream(Files.newOutputStream(output));
      } catch (IOException e) {
        throw new ConfigException("error.outputFailed", output, e.getMessage());
      }
    }
    Summary summary = new Summary();
    try {
      ReportWriter writer = writer(sink, messages, io.terminal() && output == null);
      writer.begin();
      for (Path argument : paths) {
        Linter linter = linters.get(argument);
        for (InputFiles.Input input : InputFiles.expand(argument)) {
          FileReport report = checkOne(ingestor, linter, input);
          summary.add(report);
          writer.file(report);
        }
      }
      writer.end(summary, failOn);
    } finally {
      sink.flush();
      if (output != null) {
        sink.close();
      }
    }
    return failOn.failures(summary).isEmpty() ? ExitCode.PASSED : ExitCode.FAILED;
  }

  private static FileReport checkOne(Ingestor ingestor, Linter linter, InputFiles.Input input) {
    IngestResult result = ingestor.read(input.file(), input.display());
    if (result instanceof IngestResult.Unreadable u) {
      return new FileReport(u.path(), null, null, null, null, u.reasonKey(), u.reasonArgs(), null,
          List.of());
    }
    Submission s = ((IngestResult.Read) result).submission();
    FileReport.Contents contents = new FileReport.Contents(s.tables().size(),
        s.tables().stream().mapToInt(t -> t.indicators().size()).sum(), s.projects().size(),
        s.sections().size());
    return new FileReport(input.display(), s.layout(), s.unitName(), s.year(),
        s.yearBasis() == null ? null : s.yearBasis().key(), null, List.of(),
        contents, linter.lint(s));
  }

  /** One linter per command-line path, configured by its nearest .jxlint.yml (or --config). */
  private Map<Path, Linter> linters(CheckRegistry registry, Vocabulary vocabulary)
      throws ConfigException {
    Map<Path, Linter> byArgument = new HashMap<>();
    Map<Optional<Path>, Linter> byConfig = new HashMap<>();
    for (Path argument : paths) {
      Optional<Path> file = config != null ? Optional.of(config)
          : ProjectConfig.findUpward(argument);
      Linter linter = byConfig.get(file);
      if (linter == null) {
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
          throw new ConfigException("error.configBroken", file.get(),
              language.messages().get("unreadable.missing"));
        }
        ProjectConfig pc = file.isPresent() ? ProjectConfig.load(file.get())
            : ProjectConfig.none();
        linter = new Linter(registry, RuleSettings.select(pc, registry), vocabulary);
        byConfig.put(file, linter);
      }
      byArgument.put(argument, linter);
    }
    return byArgument;
  }

  private ReportWriter writer(OutputStream sink, Messages messages, boolean color)
      throws IOException {
    return switch (format) {
      case JSON -> new JsonReportWriter(sink, messages, Cli.version());
      case TEXT -> new TextReportWriter(new PrintWriter(
          new OutputStreamWriter(sink, StandardCharsets.UTF_8), false), messages, color);
    };
  }
}
