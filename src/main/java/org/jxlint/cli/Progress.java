package org.jxlint.cli;

import java.io.PrintStream;
import org.jxlint.i18n.Messages;

/** A one-line progress bar on a terminal's stderr: files done, rate, time left. Silent otherwise. */
final class Progress {

  private static final long EVERY_NANOS = 200_000_000L;

  private final PrintStream err;
  private final Messages messages;
  private final boolean on;
  private final int total;
  private final long start = System.nanoTime();
  private long last;
  private int done;

  Progress(PrintStream err, Messages messages, boolean on, int total) {
    this.err = err;
    this.messages = messages;
    this.on = on && total > 1;
    this.total = total;
  }

  void step() {
    done++;
    long now = System.nanoTime();
    if (!on || (now - last < EVERY_NANOS && done < total)) {
      return;
    }
    last = now;
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    double rate = done / seconds;
    long left = rate > 0 ? Math.round((total - done) / rate) : 0;
    int width = 24;
    int filled = (int) ((long) width * done / total);
    err.print("\r" + "█".repeat(filled) + "░".repeat(width - filled) + " "
        + messages.get("progress.line", done, total, Math.round(rate), left) + "   ");
    err.flush();
  }

  void done() {
    if (on) {
      err.print("\r" + " ".repeat(80) + "\r");
      err.flush();
    }
  }
}
