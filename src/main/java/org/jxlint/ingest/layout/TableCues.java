package org.jxlint.ingest.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.ReadingNote;
import org.jxlint.model.Scope;
import org.jxlint.model.SourceLocation;
import org.jxlint.nlp.Scripts;
import org.jxlint.text.TextNormalizer;

/**
 * What the text around the tables says about them, and what jxlint notes of its own reading: a
 * heading that gives the next table's scope (“（二）中长期绩效指标”), the header words of a table that
 * was expected but not read, and the columns whose role came from their content.
 */
final class TableCues {

  /** Header words of an indicator table: where they stand, a table was meant to be read. */
  private static final Pattern TABLE_WORDS = Pattern.compile("(?:一级|二级|三级)指标|^指标值");
  private static final int MAX_CUE = 20;
  private static final int MAX_TABLE_WORDS = 40;

  private final List<ReadingNote> notes;
  private Scope pendingScope;
  private ReadingNote expectedTable;

  TableCues(List<ReadingNote> notes) {
    this.notes = notes;
  }

  /** A line or cell outside any table: a scope heading, or the words of a table not read. */
  void seen(String text, SourceLocation at) {
    if (text == null) {
      return;
    }
    String k = Scripts.simplified(TextNormalizer.compact(text));
    if (k.length() <= MAX_CUE && k.contains("指标")) {
      if (k.contains("长期") || k.contains("实施周期")) {
        pendingScope = Scope.LONG_TERM;
      } else if (k.contains("年度")) {
        pendingScope = Scope.ANNUAL;
      }
    }
    if (expectedTable == null && k.length() <= MAX_TABLE_WORDS && TABLE_WORDS.matcher(k).find()) {
      expectedTable = new ReadingNote(ReadingNote.UNRECOGNIZED_TABLE,
          TextNormalizer.despace(text), null, at);
    }
  }

  /** The scope a heading gave the table now being read, once; null when none did. */
  Scope takeScope() {
    Scope s = pendingScope;
    pendingScope = null;
    return s;
  }

  /** The columns of a table whose role jxlint took from their content, as reading notes. */
  void guesses(TableHeader h, RawBlock.Row first) {
    if (h.rows() == 0) {
      notes.add(new ReadingNote(ReadingNote.GUESSED_HEADER,
          TextNormalizer.despace(String.join(" | ", first.cells().stream()
              .map(RawCell::text).filter(t -> !TextNormalizer.isBlank(t)).toList())),
          roleList(h), first.location()));
      return;
    }
    for (int c = 0; c < h.width(); c++) {
      ColumnRole r = h.role(c);
      if (h.reasons().get(c).startsWith("content:") && r != ColumnRole.IGNORE) {
        String label = h.label(c).isEmpty() ? "#" + (c + 1) : h.label(c);
        notes.add(new ReadingNote(ReadingNote.GUESSED_COLUMN, label,
            r.name().toLowerCase(Locale.ROOT), first.location()));
      }
    }
  }

  /** At the end: header words were seen, yet no table was read from a table. */
  void finish(List<IndicatorTable> tables) {
    if (expectedTable != null
        && tables.stream().allMatch(t -> t.fromProse() || t.indicators().isEmpty())) {
      notes.add(expectedTable);
    }
  }

  private static String roleList(TableHeader h) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < h.width(); c++) {
      if (h.role(c) != ColumnRole.IGNORE) {
        out.add((c + 1) + ":" + h.role(c).name().toLowerCase(Locale.ROOT));
      }
    }
    return String.join(", ", out);
  }
}
