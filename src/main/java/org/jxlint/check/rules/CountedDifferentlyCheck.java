package org.jxlint.check.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jxlint.check.Category;
import org.jxlint.check.Check;
import org.jxlint.check.CheckContext;
import org.jxlint.check.LintRule;
import org.jxlint.check.Severity;
import org.jxlint.model.Indicator;
import org.jxlint.model.IndicatorField;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.MoneyUnit;
import org.jxlint.model.Submission;
import org.jxlint.model.TargetValue;
import org.jxlint.text.TextNormalizer;

/**
 * A row's explanation or scoring that counts another row's object with another figure: “84次卫生
 * 突击检查” beside “全年突击卫生整治次数 ≥80次”. The object is matched on shared two-character
 * words, the generic ones (全年, 次数) left out, so the match is a hint: a warning. The rows are
 * found through an index of those words, not by comparing every row with every other.
 */
@LintRule(
    id = "counted-differently",
    name = "同一件事两个数",
    severity = Severity.WARNING,
    category = Category.CONSISTENCY,
    summary = "一行的指标说明或评分标准引用了另一行考核的事，次数或数量却与那一行的指标值不同。",
    aliases = Inconsistencies.ALIAS)
public final class CountedDifferentlyCheck implements Check {

  /** A count written in a row's explanation or scoring: the figure, its unit, the words after. */
  private record Mention(Indicator row, IndicatorField field, String figure, String unit,
      String object) {}

  @Override
  public void check(Submission submission, CheckContext context) {
    List<String> generic = context.vocabulary().indicators().words("count-generic");
    for (IndicatorTable table : submission.tables()) {
      check(table.indicators(), generic, context);
    }
  }

  private static void check(List<Indicator> rows, List<String> generic, CheckContext context) {
    Topics topics = Topics.of(context, generic);
    Map<String, List<Indicator>> byUnit = new HashMap<>();
    for (Indicator r : rows) {
      TargetValue t = r.target();
      if (Inconsistencies.countable(r) && t.unit().length() <= 2
          && MoneyUnit.fromLabel(t.unit()).isEmpty()
          && !Character.isDigit(t.unit().charAt(0)) && t.unit().charAt(0) != '.') {
        byUnit.computeIfAbsent(t.unit(), k -> new ArrayList<>()).add(r);
      }
    }
    List<Mention> mentions = mentions(rows, byUnit.keySet());
    if (mentions.isEmpty()) {
      return;
    }
    // The counted objects of a unit are segmented only when a mention is in that unit.
    Map<String, CountedObjects> objects = new HashMap<>();
    Set<Indicator> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Mention m : mentions) {
      BigDecimal n = new BigDecimal(m.figure());
      CountedObjects inUnit = objects.computeIfAbsent(m.unit(),
          unit -> new CountedObjects(byUnit.get(unit), topics));
      for (Indicator counted : inUnit.sharing(topics.of(m.object()))) {
        if (counted == m.row() || reported.contains(counted)
            || n.compareTo(counted.target().number()) == 0) {
          continue;
        }
        context.report("counted-twice").on(m.row(), m.field())
            .args(Rows.label(m.row()), m.figure() + m.unit() + m.object(), Rows.label(counted),
                Rows.valueWithUnit(counted))
            .emit();
        reported.add(counted);
      }
    }
  }

  /** The count pattern of each set of units (a table's), compiled once. */
  private static final Map<String, Pattern> COUNTS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Every count in the rows' explanations and scoring, in row order, in one scan of each text. */
  private static List<Mention> mentions(List<Indicator> rows, Set<String> units) {
    List<Mention> out = new ArrayList<>();
    if (units.isEmpty()) {
      return out;
    }
    // Starts only where a run of digits starts, and never gives back a digit: linear in the text.
    Pattern counts = COUNTS.computeIfAbsent(units.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed()
            .thenComparing(java.util.Comparator.naturalOrder()))
        .map(Pattern::quote).collect(Collectors.joining("|")),
        alternatives -> Pattern.compile("(?<!\\d)(\\d++(?:\\.\\d++)?+)(" + alternatives
            + ")(\\p{IsHan}{2,8})"));
    if (COUNTS.size() > 512) {
      COUNTS.clear(); // tables with units never seen together: the cache starts again
    }
    for (Indicator other : rows) {
      for (IndicatorField f : List.of(IndicatorField.EXPLANATION, IndicatorField.SCORING)) {
        String text = TextNormalizer.compact(other.text(f));
        Matcher m = counts.matcher(text);
        while (m.find()) {
          out.add(new Mention(other, f, m.group(1), m.group(2), object(m.group(3))));
        }
      }
    }
    return out;
  }

  /** The object after a count, up to the first word that ends it (中, 的, 有 …). */
  private static String object(String text) {
    for (int i = 2; i < text.length(); i++) {
      if ("中的有是为和与及至内里".indexOf(text.charAt(i)) >= 0) {
        return text.substring(0, i);
      }
    }
    return text;
  }
}
