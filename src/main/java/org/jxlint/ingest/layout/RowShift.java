package org.jxlint.ingest.layout;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jxlint.text.TextNormalizer;

/**
 * Where a body row's content stands against its header's columns. A row exported from merged
 * cells has lost one or more of its leading cells (the 一级 and 二级 written once above it), so its
 * name and target stand left of their columns; a row wider than its header stands right of them.
 * Each shift is scored by how well the cells fit the roles of the columns they would fall in.
 */
final class RowShift {

  /** How many cells a row may have lost before its content. */
  private static final int MAX_SHIFT = 3;
  /** A numbered slot of a template (目标3, 指标2): it stands where a name goes but is none. */
  static final Pattern SLOT = Pattern.compile("^(?:目标|指标|分项目标|绩效目标)\\d+[:：]?$");

  private final CellKinds kinds;
  private final Predicate<String> dimension;

  RowShift(CellKinds kinds, Predicate<String> dimension) {
    this.kinds = kinds;
    this.dimension = dimension;
  }

  /** Whether a row holds a numbered slot cell (“目标3”), a column the header does not name. */
  static boolean hasSlot(List<RawCell> cells) {
    for (RawCell c : cells) {
      if (SLOT.matcher(TextNormalizer.compact(c.text())).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * How far the row's content (from the 三级 name on) is shifted left of the header: the shift whose
   * cells best fit their columns' roles. Merged cells lose one or more leading cells, never
   * trailing ones.
   */
  int best(TableHeader header, List<RawCell> cells, int nameCol,
      Map<String, Trait> seen) {
    CellTraits traits = new CellTraits(cells, seen);
    int best = 0;
    double bestScore = Double.NEGATIVE_INFINITY;
    int[] order = {0, 1, 2, 3, -1, -2, -3};
    for (int shift : order) {
      if (Math.abs(shift) > MAX_SHIFT || nameCol - shift < 0 || nameCol - shift > cells.size()) {
        continue;
      }
      if (shift == -1 && cells.size() <= header.width() && !hasSlot(cells)) {
        continue; // content stands right of its header only in a row wider than the header
      }
      if (shift < -1 && !blankBefore(cells, header.width(), -shift)) {
        continue; // further right only where the row has as many cells more, blank ones first
      }
      double score = score(header, traits, nameCol, shift);
      if (score > bestScore + 1e-9) {
        bestScore = score;
        best = shift;
      }
    }
    return best;
  }

  /**
   * Whether the row is {@code extra} cells wider than its header and its content starts no sooner
   * than {@code extra} blank cells in: tabs pasted before the cells, not a level column.
   */
  private static boolean blankBefore(List<RawCell> cells, int width, int extra) {
    if (cells.size() < width + extra) {
      return false;
    }
    for (int i = 0; i < extra; i++) {
      if (!TextNormalizer.isBlank(cells.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** What each cell of a row looks like, worked out once and shared by every shift tried. */
  private final class CellTraits {
    final boolean[] blank;
    final boolean[] label;
    final boolean[] slot;
    final boolean[] comparator;
    final boolean[] unit;
    final double[] value;
    final int[] length;

    CellTraits(List<RawCell> cells, Map<String, Trait> seen) {
      int n = cells.size();
      blank = new boolean[n];
      label = new boolean[n];
      slot = new boolean[n];
      comparator = new boolean[n];
      unit = new boolean[n];
      value = new double[n];
      length = new int[n];
      for (int i = 0; i < n; i++) {
        String t = cells.get(i).text();
        blank[i] = TextNormalizer.isBlank(t);
        if (blank[i]) {
          continue;
        }
        Trait trait = seen.get(t);
        if (trait == null) {
          trait = trait(t);
          seen.put(t, trait);
        }
        slot[i] = trait.slot();
        label[i] = trait.label();
        comparator[i] = trait.comparator();
        unit[i] = trait.unit();
        value[i] = trait.value();
        length[i] = trait.length();
      }
    }
  }

  /** What one cell text looks like, for {@link #score}; a table keeps them by text. */
  record Trait(boolean slot, boolean label, boolean comparator, boolean unit, double value,
      int length) {}

  private Trait trait(String t) {
    if (SLOT.matcher(TextNormalizer.compact(t)).matches()) {
      return new Trait(true, false, false, false, 0, 0);
    }
    return new Trait(false, dimension.test(t), kinds.isComparatorToken(t), kinds.isUnitLike(t),
        kinds.valueStrength(t), TextNormalizer.compact(t).length());
  }

  private double score(TableHeader header, CellTraits cells, int nameCol, int shift) {
    int contentStart = nameCol - shift;
    int size = cells.blank.length;
    double score = 0;
    for (int i = 0; i < contentStart && i < size; i++) {
      if (cells.blank[i]) {
        continue;
      }
      if (cells.label[i] || cells.slot[i]) {
        score += 1;
      } else if (cells.comparator[i]) {
        score -= 5;
      } else if (cells.value[i] >= 1) {
        score -= 3;
      }
    }
    for (int i = contentStart; i < size; i++) {
      int column = i + shift;
      ColumnRole role = header.role(column);
      boolean blank = cells.blank[i];
      if (column >= header.width()) {
        score -= blank ? 0 : 2;
        continue;
      }
      if (blank) {
        continue;
      }
      switch (role) {
        case NAME -> {
          if (cells.slot[i]) {
            score -= 3; // “目标3” numbers a slot; the name is the cell after it
          } else if (cells.comparator[i]) {
            score -= 5;
          } else if (cells.value[i] >= 1) {
            score -= 3;
          } else if (cells.label[i]) {
            score += 0.5;
          } else {
            score += 2;
          }
        }
        case COMPARATOR -> score += cells.comparator[i] ? 3 : -2;
        case VALUE -> {
          double v = cells.value[i];
          score += v > 0 ? v : (cells.length[i] > 20 ? -1 : 0);
          if (cells.comparator[i]) {
            score -= 2;
          }
        }
        case UNIT -> score += cells.unit[i] ? 1 : -2;
        case HISTORY -> score += cells.value[i] > 0 ? 0.5 : 0;
        default -> { }
      }
    }
    return score;
  }
}
