package org.jxlint.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.bench.Corpus;
import org.jxlint.check.CheckRegistry;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleSelection;
import org.jxlint.config.Vocabulary;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.ingest.IngestResult;
import org.jxlint.ingest.Ingestor;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.text.TargetValueParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code jxlint bench}: generates a synthetic corpus in every format with planted defects and
 * measures, on this machine, parse-only and full-lint throughput per format, the peak heap of a
 * long batch under {@code -Xmx512m}, and cold-start time with and without HanLP. Prints Markdown
 * for {@code docs/performance.md}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "性能基准：生成各种格式的模拟申报表，测量读取与检查速度、长批量的内存峰值和冷启动时间。")
final class BenchCommand implements Callable<Integer> {

  private static final Pattern PEAK = Pattern.compile("peakHeapBytes=(\\d+)");
  private static final int ROUNDS = 3;

  @ParentCommand Cli parent;

  @Option(names = "--docs", defaultValue = "300", description = "每种格式的文档数。")
  int docs;

  @Option(names = "--heap-docs", defaultValue = "100000",
      description = "内存测试的文档数（小型标准 JSON）；0 跳过。")
  int heapDocs;

  @Option(names = "--dir", defaultValue = "target/bench", description = "生成语料的目录。")
  Path dir;

  @Option(names = "--jar", defaultValue = "target/jxlint.jar",
      description = "冷启动和内存测试运行的 jar。")
  Path jar;

  @Override
  public Integer call() throws Exception {
    PrintStream out = parent.io.out();
    int threads = Runtime.getRuntime().availableProcessors();
    Vocabulary vocabulary = Vocabulary.bundled();
    TargetValueParser values = new TargetValueParser(vocabulary.values());
    DocumentInterpreter interpreter = new DocumentInterpreter(vocabulary, values);
    Corpus.DocumentWriter json = (doc, file) -> Files.writeString(file,
        CanonicalJson.MAPPER.writeValueAsString(CanonicalJson.toTree(
            interpreter.interpret(doc, file.getFileName().toString()))), StandardCharsets.UTF_8);
    Ingestor ingestor = Ingestor.standard(vocabulary);
    Linter linter = new Linter(CheckRegistry.loadAll(), RuleSelection.defaults(), vocabulary);

    out.println("# jxlint 性能基准\n");
    out.printf(Locale.ROOT, "机器：%d 核，Java %s，最大堆 %d MB；每种格式 %d 份文档，%d 线程。%n%n",
        threads, System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, docs, threads);
    out.println("| 格式 | 只读取（份/秒） | 读取+检查（份/秒） | 检查开销（倍） | 发现问题 |");
    out.println("|---|---:|---:|---:|---:|");
    for (String format : Corpus.FORMATS) {
      List<Path> files = Corpus.write(dir.resolve(format), format, docs, 42, json);
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        run(pool, files, ingestor, linter, true); // warm-up: class loading, JIT, HanLP
        run(pool, files, ingestor, linter, true);
        long parse = Long.MAX_VALUE;
        long lint = Long.MAX_VALUE;
        long findings = 0;
        for (int round = 0; round < ROUNDS; round++) { // best of interleaved rounds
          long t0 = System.nanoTime();
          run(pool, files, ingestor, null, false);
          parse = Math.min(parse, System.nanoTime() - t0);
          long t1 = System.nanoTime();
          findings = run(pool, files, ingestor, linter, false);
          lint = Math.min(lint, System.nanoTime() - t1);
        }
        out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.2f | %d |%n", format,
            files.size() / (parse / 1e9), files.size() / (lint / 1e9), (double) lint / parse,
            findings);
      } finally {
        pool.shutdownNow();
      }
    }
    out.println();
    if (heapDocs > 0) {
      heap(out, json);
    }
    coldStart(out, json);
    return ExitCode.PASSED;
  }

  private static long run(ExecutorService pool, List<Path> files, Ingestor ingestor,
      Linter linter, boolean warmUp) throws Exception {
    List<Future<Integer>> futures = new ArrayList<>();
    for (Path f : files) {
      futures.add(pool.submit(() -> {
        IngestResult r = ingestor.read(f, f.getFileName().toString());
        if (linter != null && r instanceof IngestResult.Read read) {
          return linter.lint(read.submission()).size();
        }
        return 0;
      }));
    }
    long total = 0;
    for (Future<Integer> future : futures) {
      total += future.get();
    }
    return warmUp ? 0 : total;
  }

  /** Peak heap of whole batches under -Xmx512m: a tenth of the batch, then all of it. */
  private void heap(PrintStream out, Corpus.DocumentWriter json) throws Exception {
    Path heapDir = dir.resolve("heap");
    List<Path> seeds = Corpus.write(dir.resolve("heap-seeds"), "json", 100, 7, json);
    Path small = heapDir.resolve("small");
    Path large = heapDir.resolve("large");
    int tenth = Math.max(heapDocs / 10, 1);
    copies(seeds, small, tenth);
    copies(seeds, large, heapDocs);
    out.println("| 批量（小型标准 JSON，-Xmx512m） | 用时（秒） | 每秒份数 | 堆峰值（MB） |");
    out.println("|---:|---:|---:|---:|");
    for (Path batch : List.of(small, large)) {
      int n = batch == small ? tenth : heapDocs;
      long t0 = System.nanoTime();
      String err = child(List.of("-Xmx512m", "-Djxlint.stats=true"), "check", batch.toString(),
          "--format", "json", "-o", dir.resolve("heap-report.json").toString(), "--no-progress");
      double seconds = (System.nanoTime() - t0) / 1e9;
      Matcher m = PEAK.matcher(err);
      out.printf(Locale.ROOT, "| %d | %.1f | %.0f | %s |%n", n, seconds, n / seconds,
          m.find() ? String.valueOf(Long.parseLong(m.group(1)) >> 20) : "?");
    }
    out.println();
  }

  private static void copies(List<Path> seeds, Path target, int count) throws IOException {
    if (Files.isDirectory(target)) {
      try (var s = Files.walk(target)) {
        if (s.filter(Files::isRegularFile).count() == count) {
          return; // already there from an earlier run
        }
      }
      try (var s = Files.walk(target)) { // another size: start afresh, or the batch is mixed
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(target);
    for (int i = 0; i < count; i++) {
      Path sub = target.resolve(String.format("%03d", i / 1000));
      Files.createDirectories(sub);
      Files.copy(seeds.get(i % seeds.size()), sub.resolve(String.format("%06d.json", i)),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Wall time of {@code jxlint check} on one file, as the launcher starts it. */
  private void coldStart(PrintStream out, Corpus.DocumentWriter json) throws Exception {
    Path one = dir.resolve("cold");
    Files.createDirectories(one);
    Path plain = one.resolve("one-row.json");
    Files.writeString(plain, """
        {"unit": "示例镇人民政府", "year": 2026, "tables": [{"indicators": [
          {"level1": "产出指标", "level2": "数量指标", "name": "巡查次数", "value": "≥12次"}]}]}
        """);
    Path hanlp = Corpus.write(one, "txt", 1, 3, json).get(0);
    out.println("| 冷启动：一份文件 | 用时（秒，3 次平均） |");
    out.println("|---|---:|");
    for (Path file : List.of(plain, hanlp)) {
      double total = 0;
      for (int i = 0; i < 3; i++) {
        long t0 = System.nanoTime();
        child(List.of(), "check", file.toString(), "--format", "json");
        total += (System.nanoTime() - t0) / 1e9;
      }
      out.printf(Locale.ROOT, "| %s | %.2f |%n", file == plain
          ? "标准 JSON，一行指标（不用 HanLP）" : "文本表，跨维度比较（用到 HanLP）", total / 3);
    }
    out.println();
  }

  /** Runs the jar as the launcher does; returns its stderr. */
  private String child(List<String> jvm, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin",
        "java").toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss4m"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-jar", jar.toString()));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("jxlint-bench", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(err.toFile()).start();
    if (!p.waitFor(30, TimeUnit.MINUTES)) {
      p.destroyForcibly();
    }
    String text = Files.readString(err);
    Files.deleteIfExists(err);
    return text;
  }
}
