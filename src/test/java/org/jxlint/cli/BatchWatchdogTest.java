package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.i18n.Messages;
import org.jxlint.report.FileReport;

/**
 * The watchdog: a file still being read or checked when its time is up is unreadable (超时) and
 * the batch goes on. Slow files are injected checks that never finish by themselves (they wait
 * to be interrupted, or spin without looking); every assertion is on outcomes — which file got
 * which report, in which order, which threads ended — never on how long anything took.
 */
class BatchWatchdogTest {

  /** Short enough for a quick test; a trivial check is done long before it. */
  private static final Duration LIMIT = Duration.ofMillis(700);

  /** Threads of the injected checks, by file name. */
  private final Map<String, Thread> threads = new ConcurrentHashMap<>();
  /** Set to let spinning checks end at the end of a test. */
  private volatile boolean release;

  @AfterEach
  void letSpinnersGo() {
    release = true;
  }

  private Batch.Job fast(String name) {
    return job(name, () -> ok(name));
  }

  /** A check that waits until it is interrupted: a reader blocked on I/O, a sleeping loop. */
  private Batch.Job waitsForInterrupt(String name, CountDownLatch interrupted) {
    return job(name, () -> {
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        interrupted.countDown();
      }
      return ok(name);
    });
  }

  /** A check that never looks at interrupts: a catastrophic regex, an endless loop. */
  private Batch.Job spins(String name) {
    return job(name, () -> {
      while (!release) {
        Thread.onSpinWait();
      }
      return ok(name);
    });
  }

  private Batch.Job job(String name, Supplier<FileReport> check) {
    return new Batch.Job(new InputFiles.Input(Path.of(name), name, Path.of(name)), () -> {
      threads.put(name, Thread.currentThread());
      return check.get();
    });
  }

  private static FileReport ok(String name) {
    return new FileReport(name, "text", null, null, null, null, List.of(), null, List.of(), null);
  }

  private static List<FileReport> run(List<Batch.Job> jobs, int width, Duration limit)
      throws Exception {
    List<FileReport> out = new ArrayList<>();
    Batch.run(jobs, width, limit, out::add);
    return out;
  }

  private static List<String> paths(List<FileReport> reports) {
    return reports.stream().map(FileReport::path).toList();
  }

  @Test
  @DisplayName("超时的文件记为无法读取（超时），其余文件照常检查，报告按输入顺序")
  void aFileStillRunningWhenItsTimeIsUpIsUnreadableAndTheBatchGoesOn() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    List<FileReport> reports = run(List.of(fast("a.txt"), waitsForInterrupt("slow.txt",
        interrupted), fast("c.txt"), fast("d.txt")), 2, LIMIT);

    assertEquals(List.of("a.txt", "slow.txt", "c.txt", "d.txt"), paths(reports));
    FileReport slow = reports.get(1);
    assertEquals("unreadable.timeout", slow.reasonKey());
    assertEquals(List.of("0.7"), slow.reasonArgs());
    for (int i : new int[] {0, 2, 3}) {
      assertFalse(reports.get(i).unreadable(), reports.get(i).path());
    }
    assertTrue(interrupted.await(60, TimeUnit.SECONDS), "the slow file's thread is interrupted");
    Thread t = threads.get("slow.txt");
    t.join(60_000);
    assertFalse(t.isAlive(), "a thread that heeds the interrupt ends");
  }

  @Test
  @DisplayName("不理会中断的文件也挡不住批量：它的线程是守护线程，位置让给下一个文件")
  void aFileThatIgnoresInterruptsNeitherStopsTheBatchNorKeepsTheJvmAlive() throws Exception {
    // One thread: each spinning file must give its place on, or the next could never start.
    List<FileReport> reports = run(List.of(spins("s1.txt"), fast("b.txt"), spins("s2.txt"),
        spins("s3.txt"), fast("e.txt")), 1, LIMIT);

    assertEquals(List.of("s1.txt", "b.txt", "s2.txt", "s3.txt", "e.txt"), paths(reports));
    assertEquals(List.of("unreadable.timeout", "", "unreadable.timeout", "unreadable.timeout",
        ""), reports.stream().map(r -> r.unreadable() ? r.reasonKey() : "").toList());
    for (String name : List.of("s1.txt", "s2.txt", "s3.txt")) {
      assertTrue(threads.get(name).isDaemon(), name + " runs on a daemon thread");
    }
    release = true;
    for (String name : List.of("s1.txt", "s2.txt", "s3.txt")) {
      threads.get(name).join(60_000);
      assertFalse(threads.get(name).isAlive(), name);
    }
  }

  @Test
  @DisplayName("没有时限时慢文件照常检查完")
  void withoutALimitASlowFileFinishes() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Batch.Job late = job("late.txt", () -> {
      started.countDown();
      while (!release) {
        Thread.onSpinWait();
      }
      return ok("late.txt");
    });
    Thread releaser = new Thread(() -> {
      try {
        started.await();
        Thread.sleep(LIMIT.toMillis() * 2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release = true;
    });
    releaser.start();
    List<FileReport> reports = run(List.of(late, fast("b.txt")), 2, null);
    releaser.join();
    assertEquals(List.of("late.txt", "b.txt"), paths(reports));
    assertTrue(reports.stream().noneMatch(FileReport::unreadable));
  }

  @Test
  @DisplayName("批量中的文件多于线程时每个都检查，顺序不变")
  void everyFileOfABigBatchIsReportedInOrder() throws Exception {
    List<Batch.Job> jobs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      names.add("f" + i + ".txt");
      jobs.add(fast("f" + i + ".txt"));
    }
    assertEquals(names, paths(run(jobs, 3, LIMIT)));
    assertEquals(names, paths(run(jobs, 1, null)));
  }

  @Test
  @DisplayName("时限：默认 30 秒，-Djxlint.timeout 可改，0 表示不限，写错时用默认值")
  void theLimitComesFromTheSystemProperty() {
    String before = System.getProperty("jxlint.timeout");
    try {
      System.clearProperty("jxlint.timeout");
      assertEquals(Duration.ofSeconds(30), Batch.timeLimit());
      System.setProperty("jxlint.timeout", "5");
      assertEquals(Duration.ofSeconds(5), Batch.timeLimit());
      System.setProperty("jxlint.timeout", "0.25");
      assertEquals(Duration.ofMillis(250), Batch.timeLimit());
      System.setProperty("jxlint.timeout", "0");
      assertNull(Batch.timeLimit());
      System.setProperty("jxlint.timeout", "半分钟");
      assertEquals(Duration.ofSeconds(30), Batch.timeLimit());
      System.setProperty("jxlint.timeout", "-3");
      assertEquals(Duration.ofSeconds(30), Batch.timeLimit());
    } finally {
      if (before == null) {
        System.clearProperty("jxlint.timeout");
      } else {
        System.setProperty("jxlint.timeout", before);
      }
    }
  }

  @Test
  @DisplayName("超时的原因：以“超时”开头，写明秒数和调整方法")
  void theReasonSaysTimeoutWithTheLimit() {
    FileReport r = Batch.timedOut(new InputFiles.Input(Path.of("x.pdf"), "x.pdf",
        Path.of("x.pdf")), Duration.ofSeconds(30));
    String zh = Messages.forLanguage("zh").get(r.reasonKey(), r.reasonArgs().toArray());
    String en = Messages.forLanguage("en").get(r.reasonKey(), r.reasonArgs().toArray());
    assertTrue(zh.startsWith("超时：") && zh.contains("30 秒") && zh.contains("-Djxlint.timeout"),
        zh);
    assertTrue(en.startsWith("Timed out:") && en.contains("30 seconds"), en);
  }
}
