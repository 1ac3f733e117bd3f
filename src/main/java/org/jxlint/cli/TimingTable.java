package org.jxlint.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.jxlint.check.RuleTimings;
import org.jxlint.i18n.Messages;

/** What {@code --timing} prints on stderr: the slowest rules, then the time spent reading. */
final class TimingTable {

  /** Rules listed, as ESLint's TIMING lists ten. */
  static final int ROWS = 10;

  private TimingTable() {}

  static void print(PrintStream err, Messages messages, RuleTimings timings) {
    List<RuleTimings.Entry> all = timings.slowest(Integer.MAX_VALUE);
    long reading = all.stream().filter(e -> e.rule().equals(RuleTimings.READING))
        .mapToLong(RuleTimings.Entry::nanos).sum();
    List<RuleTimings.Entry> rules = all.stream()
        .filter(e -> !e.rule().equals(RuleTimings.READING)).toList();
    long ruleTotal = rules.stream().mapToLong(RuleTimings.Entry::nanos).sum();
    List<RuleTimings.Entry> shown = rules.subList(0, Math.min(ROWS, rules.size()));
    int width = Math.max(RuleText.width(messages.get("timing.rule")),
        shown.stream().mapToInt(e -> e.rule().length()).max().orElse(0));
    err.println(messages.get("timing.title", rules.size()));
    err.println(row(width, messages.get("timing.rule"), messages.get("timing.ms"),
        messages.get("timing.share")));
    for (RuleTimings.Entry e : shown) {
      err.println(row(width, e.rule(), millis(e.nanos()),
          String.format(Locale.ROOT, "%.1f%%", ruleTotal == 0 ? 0 : 100.0 * e.nanos() / ruleTotal)));
    }
    err.println(messages.get("timing.totals", millis(ruleTotal), millis(reading)));
  }

  private static String row(int width, String rule, String ms, String share) {
    return "  " + RuleText.pad(rule, width) + "  " + right(ms, 10) + "  " + right(share, 6);
  }

  private static String right(String s, int width) {
    return " ".repeat(Math.max(0, width - RuleText.width(s))) + s;
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }
}
