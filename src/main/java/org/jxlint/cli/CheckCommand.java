package org.jxlint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jxlint.check.BatchClones;
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
import org.jxlint.report.Gate;
import org.jxlint.report.ReportWriter;
import org.jxlint.report.Summary;
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
    footer = {"退出码：0 通过（或已写入基线）；1 未通过（有错误级问题或无法读取的文件）；",
        "2 用法或配置错误（什么都没检查）；3 jxlint 自身出错，或有指标表没能读出来（检查不完整）。",
        "配置：从当前目录向上查找 .jxlint.yml（或用 --config 指定），可关闭规则或改变级别；",
        "被检查的目录里的 .jxlint.yml 不起作用（上传的文件不能改变检查规则）。"})
final class CheckCommand implements Callable<Integer> {

  @ParentCommand Cli parent;

  @Parameters(paramLabel = "路径", arity = "1..*",
      description = "要检查的文件或目录。")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--format", paramLabel = "格式[:文件]",
      description = "报告格式，可写多次：text（默认，给人看）、md（审核意见，可粘贴）、html（网页，"
          + "标出有问题的单元格）、json（给程序用）、sarif（代码扫描平台）、junit（CI 测试报告）、"
          + "github（GitHub Actions 注释）、xlsx（审核问题清单，可排序筛选）、text-plain（纯文本审核意见，"
          + "一、二、……编号，可贴进 OA）。写成“格式:文件”则写到文件，如 --format md:审核意见.md；"
          + "md 和 text-plain 写成“格式:目录/”则每个文件一份，如 --format text-plain:审核意见/。")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "文件",
      description = "把（没有指定文件的那种）报告写入文件，而不是屏幕。")
  Path output;

  @Option(names = "--fail-on", paramLabel = "级别", defaultValue = "error",
      converter = Choices.FailOns.class, completionCandidates = Choices.FailOns.class,
      description = "何种问题使检查不通过（退出码 1）：error（默认）、warning（也可写 warn）或 never。")
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--max-warnings", paramLabel = "条数",
      description = "警告超过这个数目也算不通过；-1 表示不限（默认），与 ESLint 相同。")
  Integer maxWarnings;

  @Option(names = "--include", paramLabel = "通配符",
      description = "目录中只检查匹配的文件，可写多次，如 --include '**/*.docx'。")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "通配符",
      description = "目录中跳过匹配的文件，可写多次，如 --exclude '**/草稿/**'。")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--strict-files",
      description = "目录中的每个文件（隐藏文件除外）都要检查，读不了的算无法读取；默认只读 jxlint "
          + "支持的格式，跳过 Office 临时文件（~$…）、Thumbs.db 和其他类型的文件。")
  boolean strictFiles;

  @Option(names = {"-v", LibraryLogging.VERBOSE},
      description = "在标准错误上列出目录中跳过的每个文件及原因，并写出 POI、PDFBox 等程序库的日志"
          + "（调试级，诊断用）；默认都不显示。")
  boolean verbose;

  @Option(names = {"-j", "--jobs"}, paramLabel = "个数",
      description = "同时检查的文件数，默认为处理器核数；报告顺序不受影响。")
  Integer jobs;

  @Option(names = "--baseline", paramLabel = "文件",
      description = "基线文件：其中已记录的问题不再使其不通过，只有新问题才算；已改正的会列出来。")
  Path baseline;

  @Option(names = "--write-baseline", paramLabel = "文件",
      description = "把本次发现的问题（已豁免的除外）记为基线，写入该文件；写成后退出码为 0。")
  Path writeBaseline;

  @Option(names = "--baseline-root", paramLabel = "目录",
      description = "基线中文件路径相对的目录；默认为命令行上各路径共同所在的目录。")
  Path baselineRoot;

  @Option(names = "--progress", negatable = true,
      description = "显示进度（已检查多少、速度、预计剩余时间）：在终端上默认显示进度条；输出不是终端时"
          + "（CI 日志）加 --progress 则在标准错误上逐行写出进度（每完成十分之一，或隔 10 秒以上一行）；"
          + "--no-progress 都不显示。")
  Boolean progress;

  @Option(names = "--config", paramLabel = "文件",
      description = "使用指定的配置文件，不再从当前目录向上查找 .jxlint.yml。")
  Path config;

  @Option(names = "--follow-links",
      description = "读取目录中指向目录之外的符号链接（默认不读，列为无法读取并说明原因）。")
  boolean followLinks;

  @Option(names = "--timing",
      description = "检查完后在标准错误上列出用时最多的 10 条规则（全部文件合计的毫秒数和占比）以及读取"
          + "文件的用时，便于调整规则和词表时看出代价。")
  boolean timing;

  /** The time of each rule over the batch, when --timing asks for it. */
  private org.jxlint.check.RuleTimings timings;

  @Mixin RulesDirOption rules = new RulesDirOption();

  @Mixin AnnotateOption annotate = new AnnotateOption();

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws Exception {
    Io io = parent.io;
    Messages messages = language.messages();
    Gate gate = gate();
    paths = ArgumentPaths.found(paths);
    for (Path p : paths) {
      // A broken link is a file of the upload, reported as unreadable with the reason.
      if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new ConfigException("error.pathMissing", p);
      }
    }
    List<ReportTargets.Target> targets = ReportTargets.parse(formats, output);
    Vocabulary vocabulary = rules.vocabulary();
    CheckRegistry registry = CheckRegistry.loadAll();
    timings = timing ? new org.jxlint.check.RuleTimings() : null;
    Map<Path, Configured> configured = configure(registry, vocabulary);
    Baseline.Writer recorder = writeBaseline == null ? null : new Baseline.Writer();
    Ingestor ingestor = Ingestor.standard(vocabulary);

    List<InputFiles.Skipped> skipped = new ArrayList<>();
    List<Planned> planned = plan(configured, skipped);
    if (planned.isEmpty()) {
      // An upload with nothing in it to check must not pass the gate as if it were clean.
      throw new ConfigException("error.nothingToCheck", String.join("、",
          paths.stream().map(Path::toString).toList()), skipped.size());
    }
    List<String> keys = planned.stream().map(Planned::key).toList();
    List<Batch.Job> work = planned.stream().map(p -> new Batch.Job(p.input(),
        () -> !followLinks && UploadBounds.leavesRoot(p.input())
            ? unreadable(p.input(), "unreadable.linkOutside")
            : checkOne(ingestor, p.config().linter(), p.input()))).toList();
    Baseline known = baseline == null ? Baseline.empty() : Baseline.load(baseline, keys,
        registry);
    tell(io.err(), messages, skipped, known);
    AnnotateOption.Session copies = annotate.open(messages, io.err(), paths);
    Summary summary = new Summary();
    summary.addSkipped((int) skipped.stream().filter(skip -> !skip.folder()).count());
    int reportFailures;
    BatchClones clones = new BatchClones();
    try (ReportTargets.Open writers = ReportTargets.open(targets, io, messages, registry,
        failOn, baseline != null)) {
      ReportWriter writer = writers.writer();
      writer.begin();
      Progress bar = new Progress(io.err(), messages, Progress.Mode.of(progress, io.terminal()),
          work.size());
      ReportSpool.Reader out = (index, raw, tables) -> {
        Configured c = planned.get(index).config();
        FileReport report = known.apply(c.waivers().apply(raw.withFindings(Linter.merged(
            raw.findings(), c.linter().admit(clones.findingsFor(tables))))), keys.get(index));
        summary.add(report);
        if (recorder != null) {
          recorder.add(report, keys.get(index));
        }
        writer.file(report);
        copies.file(report, planned.get(index).input().file());
      };
      int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
      java.time.Duration limit = Batch.timeLimit();
      if (work.size() == 1) {
        // Nothing to compare across: the report goes straight out.
        Batch.run(work, 1, limit, report -> {
          bar.done();
          out.accept(0, report, BatchClones.Tables.NONE);
        });
      } else {
        try (ReportSpool spool = new ReportSpool(ReportTargets.needDocuments(targets)
            || annotate.asked())) {
          Batch.run(work, threads, limit, report -> {
            spool.write(report, clones.add(report.path(), report.document()));
            bar.step();
          });
          bar.done();
          // Every file is checked: findings across files are known; reports go out in order.
          spool.readBack(out);
        }
      }
      summary.addStale(known.stale());
      writer.end(summary, gate);
      reportFailures = writers.failed();
    }
    reportFailures += copies.end();
    if (timings != null) {
      TimingTable.print(io.err(), messages, timings);
    }
    if (recorder != null) {
      try {
        recorder.write(writeBaseline);
      } catch (java.io.IOException e) {
        throw new ConfigException("error.outputFailed", writeBaseline, e.getMessage());
      }
      io.err().println(messages.get("baseline.written", writeBaseline, recorder.size()));
    }
    if (summary.internalErrors() > 0) {
      io.err().println(messages.get("error.prefix") + messages.get("error.internalInRun",
          summary.internalErrors()));
    }
    if (reportFailures > 0) {
      return ExitCode.INTERNAL; // an entry of the report could not be written: jxlint's error
    }
    return ExitCode.of(summary, gate, recorder != null);
  }

  /** A file to check, the configuration of its argument and its key in the baseline. */
  private record Planned(InputFiles.Input input, Configured config, String key) {}

  /** Every file of the arguments, in order; what folder walks passed over goes to skipped. */
  private List<Planned> plan(Map<Path, Configured> configured,
      List<InputFiles.Skipped> skipped) {
    Path root = baselineRoot != null ? baselineRoot.toAbsolutePath().normalize()
        : BaselineKeys.commonRoot(paths);
    List<Planned> out = new ArrayList<>();
    for (Path argument : paths) {
      InputFiles.Expansion found = InputFiles.expand(argument, includes, excludes, strictFiles,
          followLinks);
      skipped.addAll(found.skipped());
      for (InputFiles.Input input : found.inputs()) {
        out.add(new Planned(input, configured.get(argument), BaselineKeys.key(root,
            input.file())));
      }
    }
    return out;
  }

  /** On stderr: the files skipped (with --verbose) and how an old baseline was read. */
  private void tell(java.io.PrintStream err, Messages messages,
      List<InputFiles.Skipped> skipped, Baseline known) {
    if (verbose) {
      for (InputFiles.Skipped skip : skipped) {
        err.println(messages.get("skip.line", skip.path() + (skip.folder() ? "/" : ""),
            messages.get(skip.reasonKey())));
      }
    }
    for (Baseline.Note note : known.notes()) {
      err.println(messages.get("error.prefix") + messages.get(note.key(),
          note.args().toArray()));
    }
  }

  /**
   * The gate the options ask for, with ESLint's meanings: {@code --max-warnings -1} is no limit;
   * a limit on warnings means nothing when the run never fails, so that pair is a usage error.
   */
  private Gate gate() throws ConfigException {
    if (maxWarnings != null && maxWarnings < -1) {
      throw new ConfigException("error.maxWarningsNegative", maxWarnings);
    }
    Integer limit = maxWarnings == null || maxWarnings == -1 ? null : maxWarnings;
    if (limit != null && failOn == FailOn.NEVER) {
      throw new ConfigException("error.maxWarningsNever", limit);
    }
    return new Gate(failOn, limit);
  }

  private static FileReport unreadable(InputFiles.Input input, String reasonKey) {
    return new FileReport(org.jxlint.text.SafeText.clean(input.display()), null, null, null, null,
        reasonKey, List.of(), null, List.of(), null);
  }

  static FileReport checkOne(Ingestor ingestor, Linter linter, InputFiles.Input input) {
    long start = System.nanoTime();
    IngestResult result = ingestor.read(input.file(), input.display());
    if (linter.timings() != null) {
      linter.timings().add(org.jxlint.check.RuleTimings.READING, System.nanoTime() - start);
    }
    if (result instanceof IngestResult.Unreadable u) {
      return new FileReport(u.path(), null, null, null, null, u.reasonKey(), u.reasonArgs(), null,
          List.of(), null);
    }
    if (Thread.currentThread().isInterrupted()) {
      return Batch.timedOut(input, Batch.timeLimit()); // time was up while reading: nobody waits
    }
    Submission s = ((IngestResult.Read) result).submission();
    FileReport.Contents contents = new FileReport.Contents(s.tables().size(),
        s.tables().stream().mapToInt(t -> t.indicators().size()).sum(), s.projects().size(),
        s.sections().size(), s.tables().stream().filter(t -> t.fromProse())
            .mapToInt(t -> t.indicators().size()).sum());
    return new FileReport(result.path(), s.layout(), s.unitName(), s.year(),
        s.yearBasis() == null ? null : s.yearBasis().key(), null, List.of(),
        contents, linter.lint(s), s);
  }

  /**
   * A command-line path's linter and waivers, from --config or the .jxlint.yml nearest the current
   * directory, never from one inside the paths being checked.
   */
  private record Configured(Linter linter, Waivers waivers) {}

  private Map<Path, Configured> configure(CheckRegistry registry, Vocabulary vocabulary)
      throws ConfigException {
    Map<Path, Configured> byArgument = new HashMap<>();
    Map<Optional<Path>, Configured> byConfig = new HashMap<>();
    Optional<Path> chosen = config != null ? Optional.of(config)
        : ProjectConfig.findUpward(Path.of("").toAbsolutePath());
    for (Path inside : UploadBounds.configsInside(paths)) {
      if (config == null || !UploadBounds.same(config, inside)) {
        parent.io.err().println(language.messages().get("note.configIgnored", inside));
      }
    }
    if (config == null && chosen.isPresent() && UploadBounds.inside(chosen.get(), paths)) {
      chosen = Optional.empty(); // found from the current directory, but it is part of the upload
    }
    Path here = Path.of("").toAbsolutePath();
    if (config == null && chosen.isPresent()
        && !here.equals(chosen.get().toAbsolutePath().getParent())) {
      // Found above the current directory: said, so that one run from inside an upload sees
      // which rules it was checked by.
      parent.io.err().println(language.messages().get("note.configAbove", chosen.get()));
    }
    for (Path argument : paths) {
      Optional<Path> file = chosen;
      Configured c = byConfig.get(file);
      if (c == null) {
        if (file.isPresent() && !Files.isRegularFile(file.get())) {
          throw new ConfigException("error.configBroken", file.get(),
              language.messages().get("unreadable.missing"));
        }
        ProjectConfig pc = file.isPresent() ? ProjectConfig.load(file.get())
            : ProjectConfig.none();
        ConfiguredRules.requireKnown(pc, registry);
        c = new Configured(new Linter(registry, RuleSettings.select(pc, registry), vocabulary,
            timings), new Waivers(pc, registry));
        byConfig.put(file, c);
      }
      byArgument.put(argument, c);
    }
    return byArgument;
  }
}
