package org.jxlint.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jxlint.bench.BenchReport;
import org.jxlint.bench.RealCorpus;
import org.jxlint.bench.Version;
import org.jxlint.config.Vocabulary;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.ingest.CanonicalTree;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.text.TargetValueParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jxlint bench}: real-sized documents in every layout family and format with planted
 * defects (or a folder of the user's), measured for reading alone and for the full check with its
 * JSON report, on 1 and 2 threads, this build beside a previous one in the same run; cold starts,
 * a batch checked cold as a CI job checks it (the JIT's warming up counted), recall of the planted
 * defects, and the heap of a long batch. Prints Markdown for
 * {@code docs/performance.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"性能基准：生成各种格式的模拟申报表，测量读取与检查速度、长批量的内存峰值和冷启动时间。",
        "语料是各种版式、实际大小的申报表（埋入已知问题），也可以是 --dir 给的目录；测量只读取与完整检查",
        "（含跨文件比较和 JSON 报告）的速度、冷启动、冷批量（一次冷启动检查整个目录）、召回率；",
        "--against 给出上一版的 jar 则交替对比。"})
final class BenchCommand implements Callable<Integer> {

  @ParentCommand Cli parent;

  @Option(names = "--docs", defaultValue = "140", description = "每种格式生成的文档数（各版式轮流）。")
  int docs;

  @Option(names = "--formats", split = ",", defaultValue = "txt,docx,xlsx,csv,json",
      description = "要测的格式。")
  List<String> formats;

  @Option(names = "--dir", description = "改为测量这个目录里的文件（如 ../shared/corpus），不生成语料。")
  Path userDir;

  @Option(names = "--against", description = "同时测量的上一版 jar（交替测量，取最好成绩）。")
  Path against;

  @Option(names = "--jar", defaultValue = "target/jxlint.jar", description = "本版的 jar。")
  Path jar;

  @Option(names = "--launcher", defaultValue = "jxlint", description = "本版冷启动所用的启动脚本。")
  Path launcher;

  @Option(names = "--against-launcher",
      description = "上一版的启动脚本（它那一版检出目录里的 jxlint，构建好的），冷启动和冷批量用它启动上一版；"
          + "不给则用 java -jar 上一版 jar。")
  Path againstLauncher;

  @Option(names = "--layouts", defaultValue = "fixtures/layouts", description = "版式夹具目录。")
  Path layouts;

  @Option(names = "--work", defaultValue = "target/bench", description = "生成语料和报告的目录。")
  Path work;

  @Option(names = "--rounds", defaultValue = "3", description = "交替测量的轮数（取最好成绩）。")
  int rounds;

  @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "线程数。")
  List<Integer> threads;

  @Option(names = "--cold-runs", defaultValue = "5", description = "冷启动每种测几次（取中位数），0 跳过。")
  int coldRuns;

  @Option(names = "--batch-docs", defaultValue = "1000",
      description = "冷批量测试的文档数（实际大小的文本表，一次冷启动的 check 目录），0 跳过。")
  int batchDocs;

  @Option(names = "--heap-docs", defaultValue = "100000",
      description = "内存测试的文档数（实际大小的文本表），0 跳过。")
  int heapDocs;

  private final List<Version> versions = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintStream out = parent.io.out();
    try {
      if (against != null) {
        versions.add(Version.load("上一版", against.toAbsolutePath()));
      }
      versions.add(Version.load("本版", jar.toAbsolutePath()));
      BenchReport report = new BenchReport(out, versions, threads, rounds);
      report.header(userDir == null ? "生成的实际大小语料" : "目录 " + userDir);
      Files.createDirectories(work);
      if (userDir != null) {
        List<Path> files = files(userDir);
        BenchReport.Sample sample = new BenchReport.Sample(files, userDir, null);
        report.throughput("目录", sample, List.of(sample), work);
        report.coldStart(coldSamples(files), starts(false), coldRuns);
        return ExitCode.PASSED;
      }
      Map<String, String> families = RealCorpus.families(layouts);
      report.corpus(families.size(), docs);
      List<Path> texts = List.of();
      for (String format : formats) {
        // A warm-up sample and one for each round, each generated from a seed of its own.
        Path corpus = work.resolve("corpus").resolve(format);
        BenchReport.Sample warmUp = sample(corpus.resolve("warm-up"), format, 41, families);
        List<BenchReport.Sample> samples = new ArrayList<>();
        for (int round = 1; round <= Math.max(1, rounds); round++) {
          samples.add(sample(corpus.resolve("round-" + round), format, 41 + round, families));
        }
        report.throughput(format, warmUp, samples, work);
        if (format.equals("txt")) {
          texts = samples.get(0).files();
        }
      }
      report.endThroughput();
      if (!texts.isEmpty()) {
        report.coldStart(coldSamples(texts), starts(false), coldRuns);
        report.coldBatch(texts, batchDocs, starts(true), Math.max(1, Math.min(rounds, 2)), work);
        if (heapDocs > 0) {
          report.heap(texts, heapDocs, work);
        }
      }
      return ExitCode.PASSED;
    } finally {
      for (Version v : versions) {
        v.close();
      }
    }
  }

  /**
   * How each version is started, cold on one file or on a batch: each by its launcher where one is
   * given (this one's, {@code --against-launcher} for the previous one), else with java -jar and
   * the options the launchers gave before they chose them by the run.
   */
  private Map<Version, List<String>> starts(boolean batch) {
    Map<Version, List<String>> starts = new LinkedHashMap<>();
    for (Version v : versions) {
      Path given = v.label().equals("本版") ? launcher : againstLauncher;
      Path script = given != null && Files.isExecutable(given) ? given.toAbsolutePath() : null;
      starts.put(v, batch ? org.jxlint.bench.ChildRuns.batchCommand(v, script)
          : org.jxlint.bench.ChildRuns.command(v, script));
    }
    return starts;
  }

  private BenchReport.Sample sample(Path dir, String format, long seed,
      Map<String, String> families) throws java.io.IOException {
    RealCorpus.Batch batch = RealCorpus.write(dir, format, docs, seed, families, jsonWriter());
    return new BenchReport.Sample(batch.files(), dir, batch.planted());
  }

  /** The smallest and the largest file. */
  private static List<Path> coldSamples(List<Path> files) throws java.io.IOException {
    List<Path> sorted = new ArrayList<>(files);
    Map<Path, Long> size = new LinkedHashMap<>();
    for (Path f : sorted) {
      size.put(f, Files.size(f));
    }
    sorted.sort(Comparator.comparing(size::get));
    return List.of(sorted.get(0), sorted.get(sorted.size() - 1));
  }

  private static List<Path> files(Path dir) throws java.io.IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static org.jxlint.bench.Corpus.DocumentWriter jsonWriter() {
    Vocabulary vocabulary = Vocabulary.bundled();
    DocumentInterpreter interpreter = new DocumentInterpreter(vocabulary,
        new TargetValueParser(vocabulary.values()));
    return (doc, file) -> Files.writeString(file, CanonicalJson.MAPPER.writeValueAsString(
        CanonicalTree.of(interpreter.interpret(doc, file.getFileName().toString()))),
        StandardCharsets.UTF_8);
  }
}
