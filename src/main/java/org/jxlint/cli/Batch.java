package org.jxlint.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.jxlint.report.FileReport;

/**
 * Checks files on several threads and hands their reports on in input order, whatever order the
 * threads finish in. Only a window of files is in flight, so a batch of any size runs in the same
 * memory.
 */
final class Batch {

  /** One file to check. */
  record Job(InputFiles.Input input, Supplier<FileReport> check) {}

  /** Receives each report, in input order. */
  interface Sink {
    void accept(FileReport report) throws IOException;
  }

  private Batch() {}

  static void run(List<Job> jobs, int threads, Sink sink) throws IOException {
    if (threads <= 1) {
      for (Job job : jobs) {
        sink.accept(job.check().get());
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "jxlint-check");
      t.setDaemon(true);
      return t;
    });
    try {
      int window = threads * 4;
      Deque<Future<FileReport>> inFlight = new ArrayDeque<>();
      for (Job job : jobs) {
        inFlight.add(pool.submit(job.check()::get));
        if (inFlight.size() >= window) {
          sink.accept(take(inFlight.poll()));
        }
      }
      while (!inFlight.isEmpty()) {
        sink.accept(take(inFlight.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static FileReport take(Future<FileReport> future) throws IOException {
    try {
      return future.get();
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
      throw new IllegalStateException(e.getCause());
    }
  }
}
