package org.jxlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jxlint.report.FileReport;
import org.jxlint.text.SafeText;

/**
 * Checks files on several threads and hands their reports on in input order, whatever order the
 * threads finish in. Only a window of files is in flight, so a batch of any size runs in the same
 * memory.
 *
 * <p>A watchdog bounds the time of each file: a file still being read or checked when its time is
 * up is reported unreadable ({@code unreadable.timeout}, 超时) and the batch goes on. Its thread is
 * interrupted and given up — a daemon thread, so it never keeps the JVM alive — and its place goes
 * to the next file, so one file made to run for hours costs the batch its time limit, not a thread.
 * The clock of a file starts when its thread starts, not when it is queued.
 */
final class Batch {

  /** Seconds a file may take (reading and checking) unless {@code -Djxlint.timeout} says. */
  static final int DEFAULT_TIMEOUT_SECONDS = 30;

  /** One file to check. */
  record Job(InputFiles.Input input, Supplier<FileReport> check) {}

  /** Receives each report, in input order. */
  interface Sink {
    void accept(FileReport report) throws IOException;
  }

  private Batch() {}

  /**
   * The time limit per file: {@code -Djxlint.timeout=SECONDS} (a positive number, fractions
   * allowed; {@code 0} for none), else {@value #DEFAULT_TIMEOUT_SECONDS} seconds. Null when none.
   */
  static Duration timeLimit() {
    String value = System.getProperty("jxlint.timeout");
    if (value == null || value.isBlank()) {
      return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
    }
    try {
      double seconds = Double.parseDouble(value.strip());
      if (seconds == 0) {
        return null;
      }
      if (seconds > 0 && seconds < 1e9) {
        return Duration.ofNanos((long) (seconds * 1e9));
      }
    } catch (NumberFormatException e) {
      // fall through to the default
    }
    return Duration.ofSeconds(DEFAULT_TIMEOUT_SECONDS);
  }

  /**
   * Runs the jobs, at most {@code threads} at a time, each within {@code limit} (null: no limit),
   * and gives the sink their reports in input order.
   */
  static void run(List<Job> jobs, int threads, Duration limit, Sink sink) throws IOException {
    int width = Math.max(1, threads);
    Semaphore slots = new Semaphore(width);
    ScheduledExecutorService watchdog = limit == null ? null : watchdog();
    Deque<Running> inFlight = new ArrayDeque<>();
    try {
      int window = width * 4;
      for (Job job : jobs) {
        acquire(slots);
        inFlight.add(Running.start(job, slots, watchdog, limit));
        while (!inFlight.isEmpty()
            && (inFlight.size() >= window || inFlight.peek().result.isDone())) {
          sink.accept(take(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight.poll()));
      }
    } finally {
      // A sink that failed leaves files running: stop them, they are nobody's any more.
      inFlight.forEach(Running::abandon);
      if (watchdog != null) {
        watchdog.shutdownNow();
      }
    }
  }

  /** One file on its own thread, and whichever of its report and its timeout comes first. */
  private static final class Running {
    final CompletableFuture<FileReport> result = new CompletableFuture<>();
    final AtomicBoolean released = new AtomicBoolean();
    final Semaphore slots;
    final Thread thread;
    volatile ScheduledFuture<?> alarm;

    private Running(Job job, Semaphore slots) {
      this.slots = slots;
      this.thread = new Thread(() -> {
        try {
          result.complete(job.check().get());
        } catch (Throwable t) {
          result.completeExceptionally(t);
        } finally {
          ScheduledFuture<?> a = alarm;
          if (a != null) {
            a.cancel(false);
          }
          release();
        }
      }, "jxlint-check");
      thread.setDaemon(true);
    }

    static Running start(Job job, Semaphore slots, ScheduledExecutorService watchdog,
        Duration limit) {
      Running r = new Running(job, slots);
      r.thread.start(); // the clock starts with the thread: a file waiting for one loses no time
      if (watchdog != null) {
        r.alarm = watchdog.schedule(() -> r.timeUp(job, limit), limit.toNanos(),
            TimeUnit.NANOSECONDS);
        if (r.result.isDone()) {
          r.alarm.cancel(false); // done before its alarm was set
        }
      }
      return r;
    }

    /** The file's time is up: it is unreadable, its thread interrupted and its slot given on. */
    void timeUp(Job job, Duration limit) {
      if (result.complete(timedOut(job.input(), limit))) {
        abandon();
      }
    }

    void abandon() {
      if (release()) {
        thread.interrupt();
      }
    }

    /** Gives the slot back, once: true for the call that did. */
    boolean release() {
      if (released.compareAndSet(false, true)) {
        slots.release();
        return true;
      }
      return false;
    }
  }

  /** The report of a file whose time ran out. */
  static FileReport timedOut(InputFiles.Input input, Duration limit) {
    return new FileReport(SafeText.clean(input.display()), null, null, null, null,
        "unreadable.timeout", List.of(limit == null ? "?" : seconds(limit)), null, List.of(), null);
  }

  /** The limit as the message says it: whole seconds, or a fraction of one for tiny limits. */
  static String seconds(Duration limit) {
    long millis = limit.toMillis();
    if (millis % 1000 == 0) {
      return String.valueOf(millis / 1000);
    }
    return java.math.BigDecimal.valueOf(millis, 3).stripTrailingZeros().toPlainString();
  }

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "jxlint-watchdog");
      t.setDaemon(true);
      return t;
    });
    w.setRemoveOnCancelPolicy(true); // a finished file's alarm goes, not kept till it would ring
    return w;
  }

  private static void acquire(Semaphore slots) throws IOException {
    try {
      slots.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static FileReport take(Running running) throws IOException {
    try {
      return running.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
