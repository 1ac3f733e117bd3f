package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.config.ProseLexicon;
import org.jxlint.text.ValueLexicon;

/**
 * The figures a clause of prose promises: a number with a unit (600万元, 338户889人, 10%-50%), a
 * number after a comparator (不低于95), a number written in Chinese before a unit of its own list
 * (两台), a deadline that ends its clause (2026年10月底前) — not a date or an ordinal (第3季度).
 */
final class ProseFigures {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\d.])\\d+(?:\\.\\d+)?|(?<![一二两三四五六七八九十百千万亿第统唯之同逐单])[一二两三四五六七八九十]{1,2}");
  /** A number written in Chinese (一台, 两茬): a figure only before a unit of its own list. */
  private static final Pattern CHINESE_NUMBER = Pattern.compile("^[一二两三四五六七八九十]+$");
  private static final Pattern RANGE_TAIL = Pattern.compile("^\\s*[-~～至到—]\\s*(\\d+(?:\\.\\d+)?)");
  private static final Pattern DEADLINE = Pattern.compile(
      "(?:19|20)\\d{2}\\s*年(?:\\s*\\d{1,2}\\s*月(?:\\s*\\d{1,2}\\s*日)?)?(?:底|末|内)?(?:前|之前|以前)?");

  private final ProseLexicon prose;
  private final List<String> units;
  private final List<String> comparators;
  private final List<String> suffixes;

  ProseFigures(ProseLexicon prose, ValueLexicon values) {
    this.prose = prose;
    Set<String> u = new LinkedHashSet<>();
    values.unitFamilies().values().forEach(u::addAll);
    u.addAll(prose.units());
    u.add("％");
    this.units = u.stream().filter(s -> !s.isEmpty())
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    Set<String> c = new LinkedHashSet<>(values.prefixes().keySet());
    c.addAll(prose.targetPrefixes());
    this.comparators = c.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
    Set<String> s = new LinkedHashSet<>(values.suffixes().keySet());
    s.addAll(prose.targetSuffixes());
    this.suffixes = s.stream().sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
  }

  /** The units a figure may have, longest first. */
  List<String> units() {
    return units;
  }

  /** The comparator words a target may start with, longest first (不低于 before 低于). */
  List<String> comparators() {
    return comparators;
  }

  /** A figure in a clause: where its number starts and its target (number, unit, 以上) ends. */
  record Figure(int start, int end) {}

  /** The figures of one clause: numbers with a unit, or after a comparator; not dates. */
  List<Figure> in(String clause) {
    List<Figure> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(clause);
    int from = 0;
    while (from < clause.length() && m.find(from)) {
      int start = m.start();
      int end = m.end();
      from = end;
      if (start > 0 && clause.charAt(start - 1) == '第') {
        continue;
      }
      Matcher range = RANGE_TAIL.matcher(clause.substring(end));
      String unit = unitAt(clause, end);
      if (CHINESE_NUMBER.matcher(m.group()).matches()) {
        String u = chineseUnitAt(clause, end);
        if (u == null) {
          continue;
        }
        out.add(new Figure(start, withSuffix(clause, end + u.length())));
        from = end + u.length();
        continue;
      }
      if (unit != null) {
        // 10%-50%
        int after = end + unit.length();
        Matcher r2 = RANGE_TAIL.matcher(clause.substring(after));
        if (r2.find() && !date(m.group(), unit)) {
          end = after + r2.end();
          String u2 = unitAt(clause, end);
          end += u2 == null ? 0 : u2.length();
          out.add(new Figure(start, withSuffix(clause, end)));
          from = end;
          continue;
        }
      } else if (range.find()) {
        end += range.end();
        unit = unitAt(clause, end);
      }
      if (unit == null) {
        if (comparatorBefore(clause, start) < 0) {
          continue;
        }
      } else if (date(clause.substring(m.start(), m.end()), unit)) {
        // A date is a target only as a deadline that ends its clause (完工时间2026年10月底前).
        Matcher d = DEADLINE.matcher(clause).region(start, clause.length());
        if (d.lookingAt() && d.end() >= clause.length() - trailing(clause)) {
          out.add(new Figure(start, d.end()));
          from = d.end();
        }
        continue;
      } else {
        end += unit.length();
      }
      // 338户889人: the next figure joined to this one.
      Matcher next = NUMBER.matcher(clause);
      while (next.find(end) && next.start() <= end + 1
          && (next.start() == end || ",，、".indexOf(clause.charAt(end)) >= 0)) {
        String u = unitAt(clause, next.end());
        if (u == null || date(next.group(), u)) {
          break;
        }
        end = next.end() + u.length();
      }
      end = withSuffix(clause, end);
      out.add(new Figure(start, end));
      from = end;
    }
    return out;
  }

  /** How many characters at the end of a clause are punctuation. */
  private static int trailing(String clause) {
    int n = 0;
    while (n < clause.length() && ProseSplitter.TRIM.indexOf(clause.charAt(clause.length() - 1 - n)) >= 0) {
      n++;
    }
    return n;
  }

  private int withSuffix(String clause, int end) {
    for (String s : suffixes) {
      if (clause.startsWith(s, end)) {
        return end + s.length();
      }
    }
    return end;
  }

  private String unitAt(String clause, int at) {
    int i = at;
    while (i < clause.length() && clause.charAt(i) == ' ') {
      i++;
    }
    for (String u : units) {
      if (clause.startsWith(u, i)) {
        return clause.substring(at, i + u.length());
      }
    }
    return null;
  }

  /** The unit after a number written in Chinese, from its own short list (台, 座, 茬); or null. */
  private String chineseUnitAt(String clause, int at) {
    for (String u : prose.chineseNumeralUnits()) {
      if (clause.startsWith(u, at)) {
        return u;
      }
    }
    return null;
  }

  private boolean date(String number, String unit) {
    String u = unit.strip();
    if (!prose.dateUnits().contains(u)) {
      return false;
    }
    return !u.equals("年") || number.length() == 4;
  }

  /** Where a comparator word ends right before {@code at} (spaces aside); -1 when none does. */
  private int comparatorBefore(String clause, int at) {
    String before = clause.substring(0, at).stripTrailing();
    for (String c : comparators) {
      if (before.endsWith(c)) {
        return before.length() - c.length();
      }
    }
    return -1;
  }
}
