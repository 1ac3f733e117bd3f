package org.jxlint.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.jxlint.i18n.Messages;

/**
 * Progress of a batch on stderr. On a terminal, a one-line bar redrawn in place: files done, rate,
 * time left. For a CI log ({@code --progress} when stderr is no terminal), whole lines with no
 * carriage return: one as it starts, one for every tenth of the batch, one whenever a file is done
 * {@link #LINE_SECONDS} seconds or more after the last line, and one when every file is checked,
 * so the log of a run of ten thousand files shows it is alive and how far it got.
 * Silent otherwise (and with {@code --no-progress}).
 */
final class Progress {

  /** How progress is shown. */
  enum Mode {
    /** Nothing. */
    OFF,
    /** A bar redrawn in place with a carriage return: for a terminal. */
    BAR,
    /** Whole lines, each ending in a newline: for CI logs. */
    LINES;

    /**
     * What {@code --progress} / {@code --no-progress} ask for: null (neither) shows the bar on a
     * terminal and nothing elsewhere; {@code --progress} shows lines where there is no terminal.
     */
    static Mode of(Boolean option, boolean terminal) {
      if (Boolean.FALSE.equals(option)) {
        return OFF;
      }
      if (terminal) {
        return BAR;
      }
      return Boolean.TRUE.equals(option) ? LINES : OFF;
    }
  }

  private static final long EVERY_NANOS = 200_000_000L;
  /** The longest a CI log goes without a progress line while files are being checked. */
  static final long LINE_SECONDS = 10;
  /** Lines also come at every tenth of the batch. */
  private static final int LINE_PARTS = 10;

  private final PrintStream err;
  private final Messages messages;
  private final Mode mode;
  private final int total;
  private final long lineNanos;
  private final long start = System.nanoTime();
  private long last;
  private int done;
  private int part;

  Progress(PrintStream err, Messages messages, boolean on, int total) {
    this(err, messages, on ? Mode.BAR : Mode.OFF, total);
  }

  Progress(PrintStream err, Messages messages, Mode mode, int total) {
    this(err, messages, mode, total, LINE_SECONDS * 1_000_000_000L);
  }

  /** With lines at least every {@code lineNanos} (for tests). */
  Progress(PrintStream err, Messages messages, Mode mode, int total, long lineNanos) {
    this.err = err;
    this.messages = messages;
    this.mode = total > 1 ? mode : Mode.OFF;
    this.total = total;
    this.lineNanos = lineNanos;
    this.last = start;
    if (this.mode == Mode.LINES) {
      err.println(messages.get("progress.start", total)); // the log says at once how many
      err.flush();
    }
  }

  void step() {
    done++;
    long now = System.nanoTime();
    switch (mode) {
      case OFF -> { }
      case BAR -> bar(now);
      case LINES -> line(now);
    }
  }

  private void bar(long now) {
    if (now - last < EVERY_NANOS && done < total) {
      return;
    }
    last = now;
    double rate = rate(now);
    int width = 24;
    int filled = (int) ((long) width * done / total);
    err.print("\r" + "█".repeat(filled) + "░".repeat(width - filled) + " "
        + messages.get("progress.line", done, total, Math.round(rate), left(rate)) + "   ");
    err.flush();
  }

  private void line(long now) {
    int reached = (int) ((long) done * LINE_PARTS / total);
    if (reached <= part && now - last < lineNanos && done < total) {
      return;
    }
    part = reached;
    last = now;
    double rate = rate(now);
    long percent = (long) done * 100 / total;
    if (done >= total) {
      err.println(messages.get("progress.finished", total, Math.round((now - start) / 1e9)));
    } else {
      err.println(messages.get("progress.ci", done, total, percent, rateText(rate), left(rate)));
    }
    err.flush();
  }

  private double rate(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-3);
    return done / seconds;
  }

  private long left(double rate) {
    return rate > 0 ? Math.round((total - done) / rate) : 0;
  }

  /** 35, or 0.4 when slower than one a second. */
  private static String rateText(double rate) {
    return rate >= 10 ? String.valueOf(Math.round(rate)) : String.format(Locale.ROOT, "%.1f", rate);
  }

  void done() {
    if (mode == Mode.BAR) {
      err.print("\r" + " ".repeat(80) + "\r");
      err.flush();
    }
  }
}
