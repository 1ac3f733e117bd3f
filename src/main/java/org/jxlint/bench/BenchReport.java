package org.jxlint.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures and prints, as Markdown: every version on the same files, alternating between versions
 * round by round (the machine is shared, so the best of several rounds is kept), reading alone and
 * the full check on each thread count, documents and kilobytes a second, and the recall.
 */
public final class BenchReport {

  private final PrintStream out;
  private final List<Version> versions;
  private final List<Integer> threads;
  private final int rounds;
  private boolean tableOpen;

  public BenchReport(PrintStream out, List<Version> versions, List<Integer> threads, int rounds) {
    this.out = out;
    this.versions = versions;
    this.threads = threads;
    this.rounds = rounds;
  }

  public void header(String what) {
    out.println("# jxlint 性能基准\n");
    out.printf(Locale.ROOT, "- 时间：%s%n", ZonedDateTime.now(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    out.printf(Locale.ROOT, "- 机器：%d 核，内存 %s，%s %s，Java %s（%s）；开始时负载 %s%n",
        Runtime.getRuntime().availableProcessors(), Machine.memory(), System.getProperty("os.name"),
        System.getProperty("os.arch"), System.getProperty("java.version"),
        System.getProperty("java.vm.name"), Machine.load());
    for (Version v : versions) {
      out.printf(Locale.ROOT, "- %s：`%s`（%s）%n", v.label(), v.jar(), Machine.stamp(v.jar()));
    }
    out.printf(Locale.ROOT, "- 语料：%s；各版本交替测量 %d 轮，每项取最好成绩%n%n", what, rounds);
  }

  public void corpus(int families, int docs) {
    out.printf(Locale.ROOT, "每种格式 %d 份，%d 个版式轮流（fixtures/layouts 的每个版式各一份模板）。%n%n",
        docs, families);
  }

  /**
   * Files to measure on: their folder (the full check runs on it) and what was planted in them
   * (null for a folder the user gave).
   */
  public record Sample(List<Path> files, Path dir, Map<Path, List<RealDocument.Planted>> planted) {}

  /**
   * Measures one format in every version and prints its rows. Each round reads a sample of its
   * own, and the warm-up another: what a version remembers of the texts it has seen (its memos of
   * labels and cells) then helps it as much as in a batch, where each file is read once, and not
   * as if the same files came again. A folder the user gives is the same sample every round.
   */
  public void throughput(String format, Sample warmUp, List<Sample> samples, Path work)
      throws Exception {
    long bytes = 0;
    for (Sample sample : samples) {
      for (Path f : sample.files()) {
        bytes += Files.size(f);
      }
    }
    int docs = samples.get(0).files().size();
    int n = versions.size();
    int t = threads.size();
    Throughput.Timing[][] read = new Throughput.Timing[n][t];
    Throughput.Timing[][] full = new Throughput.Timing[n][t];
    for (int v = 0; v < n; v++) {
      Arrays.fill(read[v], Throughput.Timing.NONE);
      Arrays.fill(full[v], Throughput.Timing.NONE);
    }
    List<Path> reports = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      Path report = work.resolve("report-" + v + "-" + format + ".json");
      reports.add(report);
      Throughput.read(versions.get(v), warmUp.files(), threads.get(t - 1)); // JIT, HanLP, caches
      Throughput.check(versions.get(v), warmUp.dir(), report, threads.get(t - 1));
    }
    for (int round = 0; round < rounds; round++) {
      Sample sample = samples.get(round % samples.size());
      for (int k = 0; k < n; k++) {
        int v = round % 2 == 0 ? k : n - 1 - k; // alternate which version goes first
        for (int i = 0; i < t; i++) {
          read[v][i] = read[v][i].best(Throughput.read(versions.get(v), sample.files(),
              threads.get(i)));
          full[v][i] = full[v][i].best(
              Throughput.check(versions.get(v), sample.dir(), reports.get(v), threads.get(i)));
        }
      }
    }
    // Each version's report is its full check of the last round's sample.
    Map<Path, List<RealDocument.Planted>> planted =
        samples.get(Math.max(0, rounds - 1) % samples.size()).planted();
    if (!tableOpen) {
      out.println("| 格式 | 份数 | 平均 KB | 版本 | 线程 | 只读取 份/秒 | 只读取 KB/秒 | 完整检查 份/秒 "
          + "| 完整检查 KB/秒 | 完整/只读取 | CPU 毫秒/份：只读取 | CPU 毫秒/份：完整 | 埋入问题召回 |");
      out.println("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
      tableOpen = true;
    }
    double kb = bytes / 1024.0 / samples.size(); // a sample's size, on average
    for (int v = 0; v < n; v++) {
      String recall = "—";
      if (planted != null) {
        Recall.Score s = Recall.of(reports.get(v), planted);
        recall = String.format(Locale.ROOT, "%.2f（%d/%d）", s.ratio(), s.found(), s.planted());
      }
      for (int i = 0; i < t; i++) {
        double r = read[v][i].wall() / 1e9;
        double f = full[v][i].wall() / 1e9;
        out.printf(Locale.ROOT,
            "| %s | %d | %.1f | %s | %d | %.0f | %.0f | %.0f | %.0f | %.2f | %.1f | %.1f | %s |%n",
            format, docs, kb / docs, versions.get(v).label(), threads.get(i),
            docs / r, kb / r, docs / f, kb / f, f / r,
            read[v][i].cpu() / 1e6 / docs, full[v][i].cpu() / 1e6 / docs, recall);
      }
    }
    out.flush();
  }

  public void endThroughput() {
    out.println();
    out.println("“只读取”：读文件并解析成模型（Ingestor.read），不跑规则；“完整检查”：`jxlint check 目录 "
        + "--format json -o 报告 -j 线程数`，含全部规则、跨文件比较和写 JSON 报告。两者都在已热身的 JVM 里；"
        + "热身用一份语料，每轮各用一份新生成的语料（种子不同），所以各版本记住的标签和单元格只像在一个批量里那样"
        + "帮它，不会因同一批文件再来一遍而占便宜（--dir 给的目录每轮是同一批文件）。"
        + "“CPU 毫秒/份”是这一轮整个进程用掉的 CPU 时间（含 JIT 和 GC）除以份数：机器忙时它比墙钟时间稳。");
    out.println();
    tableOpen = false;
  }

  /** Cold `jxlint check FILE --format json` of each sample in each version: median of runs. */
  public void coldStart(List<Path> samples, Map<Version, List<String>> starts, int runs)
      throws Exception {
    if (tableOpen) {
      endThroughput();
    }
    if (runs <= 0) {
      return; // --cold-runs 0: not measured
    }
    out.print("| 冷启动：check 一份文件 | KB |");
    for (Version v : versions) {
      out.print(" " + v.label() + "（秒） |");
    }
    out.println();
    out.println("|---|---:|" + "---:|".repeat(versions.size()));
    for (Path file : samples) {
      List<String> args = List.of("check", file.toAbsolutePath().toString(), "--format", "json");
      double[][] times = new double[versions.size()][runs];
      for (Version v : versions) { // one run each first: the launcher may make its archive
        ChildRuns.seconds(starts.get(v), args);
      }
      for (int r = 0; r < runs; r++) {
        for (int v = 0; v < versions.size(); v++) {
          times[v][r] = ChildRuns.seconds(starts.get(versions.get(v)), args);
        }
      }
      out.printf(Locale.ROOT, "| %s | %.1f |", file.getFileName(), Files.size(file) / 1024.0);
      for (double[] t : times) {
        Arrays.sort(t);
        out.printf(Locale.ROOT, " %.2f |", t[t.length / 2]);
      }
      out.println();
    }
    out.println();
    for (Version v : versions) {
      out.printf(Locale.ROOT, "%s冷启动命令：`%s`%n", v.label(), String.join(" ", starts.get(v)));
    }
    out.println();
    out.flush();
  }

  /**
   * A batch checked as a user or a CI job checks it: {@code count} real-sized text files (copied
   * round-robin from {@code seeds}) in one cold {@code check} of their folder with a JSON report,
   * so that the JVM's start and its JIT's warming up are counted; the best of {@code runs}.
   */
  public void coldBatch(List<Path> seeds, int count, Map<Version, List<String>> starts, int runs,
      Path work) throws Exception {
    if (count <= 0 || runs <= 0) {
      return;
    }
    Path dir = work.resolve("batch");
    ChildRuns.copies(seeds, dir, count);
    List<String> args = List.of("check", dir.toAbsolutePath().toString(), "--format", "json", "-o",
        work.resolve("batch-report.json").toAbsolutePath().toString(), "--no-progress");
    double[] best = new double[versions.size()];
    Arrays.fill(best, Double.MAX_VALUE);
    for (int r = 0; r < runs; r++) {
      for (int v = 0; v < versions.size(); v++) {
        best[v] = Math.min(best[v], ChildRuns.seconds(starts.get(versions.get(v)), args));
      }
    }
    out.println("| 冷批量：`check 目录`，含启动和 JIT 预热 | 份数 | 版本 | 用时（秒） | 份/秒 |");
    out.println("|---|---:|---|---:|---:|");
    for (int v = 0; v < versions.size(); v++) {
      out.printf(Locale.ROOT, "| 实际大小的文本表 | %d | %s | %.1f | %.0f |%n", count,
          versions.get(v).label(), best[v], count / best[v]);
    }
    out.println();
    for (Version v : versions) {
      out.printf(Locale.ROOT, "%s批量命令：`%s`%n", v.label(), String.join(" ", starts.get(v)));
    }
    out.println();
    out.flush();
  }

  /** Peak heap of a tenth of the batch and of all of it, under -Xmx512m, in every version. */
  public void heap(List<Path> seeds, int count, Path work) throws Exception {
    out.println("| 内存：批量（实际大小的文本表，-Xmx512m） | 版本 | 用时（秒） | 份/秒 | 堆峰值（MB） |");
    out.println("|---:|---|---:|---:|---:|");
    for (int n : new int[] {Math.max(count / 10, 1), count}) {
      Path dir = work.resolve("heap");
      ChildRuns.copies(seeds, dir, n);
      for (Version v : versions) {
        long t0 = System.nanoTime();
        long peak = ChildRuns.peakHeap(v, dir, work.resolve("heap-report.json"));
        double s = (System.nanoTime() - t0) / 1e9;
        out.printf(Locale.ROOT, "| %d | %s | %.1f | %.0f | %s |%n", n, v.label(), s, n / s,
            peak < 0 ? "?" : String.valueOf(peak >> 20));
        out.flush();
      }
    }
    out.println();
  }
}
