package org.jxlint.check;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long each rule took over a whole batch, added up from every thread (ESLint's
 * {@code TIMING=1}): what {@code jxlint check --timing} prints, so that whoever tunes a rule or a
 * word list sees what it costs.
 */
public final class RuleTimings {

  /** One rule's total time. */
  public record Entry(String rule, long nanos) {}

  /** The key of the time spent reading the files (not a rule's id: ids have no @). */
  public static final String READING = "@reading";

  private final Map<String, LongAdder> byRule = new ConcurrentHashMap<>();

  /** Adds time spent by one rule (or one stage, such as reading) on one file. */
  public void add(String rule, long nanos) {
    byRule.computeIfAbsent(rule, k -> new LongAdder()).add(nanos);
  }

  /** The time of every rule and stage together. */
  public long total() {
    return byRule.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** The slowest first, at most {@code limit}; equal times in the rules' order. */
  public List<Entry> slowest(int limit) {
    return byRule.entrySet().stream().map(e -> new Entry(e.getKey(), e.getValue().sum()))
        .sorted(Comparator.comparingLong(Entry::nanos).reversed()
            .thenComparing(Entry::rule))
        .limit(limit).toList();
  }
}
