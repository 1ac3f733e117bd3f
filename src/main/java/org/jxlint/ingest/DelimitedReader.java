package org.jxlint.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextCells;
import org.jxlint.model.SourceLocation;
import org.jxlint.model.ReadingNote;

/**
 * CSV and TSV as Excel saves them: the character set decided once per file (GBK is common), the
 * delimiter sniffed from the first lines, quoted cells with line breaks kept whole.
 */
final class DelimitedReader extends DocumentReader {

  static final String LAYOUT = "csv";

  DelimitedReader(DocumentInterpreter interpreter) {
    super(interpreter);
  }

  @Override
  public Set<String> extensions() {
    return Set.of("csv", "tsv");
  }

  @Override
  RawDocument layout(Path file, List<ReadingNote> notes) throws UnreadableException {
    String text = text(file, notes);
    char delimiter = sniff(text);
    CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
        .setIgnoreEmptyLines(false).get();
    List<SheetBlocks.Line> lines = new ArrayList<>();
    ReadLimits limits = ReadLimits.current();
    long count = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber();
        // Bounded while parsing, as Office files are while read: a 100,000-column line or ten
        // million empty cells is refused before it fills the heap.
        int width = record.size();
        while (width > 0 && record.get(width - 1).isBlank()) {
          width--;
        }
        limits.columns(width);
        count += record.size();
        limits.cells(count);
        List<RawCell> cells = new ArrayList<>();
        for (int c = 0; c < record.size(); c++) {
          String cell = TextCells.clean(record.get(c));
          cells.add(new RawCell(cell, new SourceLocation(null, line, c + 1, null, null, null)));
        }
        lines.add(new SheetBlocks.Line(cells,
            new SourceLocation(null, line, null, null, null, null), false));
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      String message = String.valueOf(e.getMessage());
      var unclosed = java.util.regex.Pattern.compile("\\(startline (\\d+)\\) EOF reached before "
          + "encapsulated token").matcher(message);
      if (unclosed.find()) {
        throw new UnreadableException("unreadable.csv.unclosedQuote", unclosed.group(1));
      }
      var between = java.util.regex.Pattern.compile("Invalid character between encapsulated "
          + "token and delimiter at line: (\\d+)").matcher(message);
      if (between.find()) {
        throw new UnreadableException("unreadable.csv.afterQuote", between.group(1));
      }
      var line = java.util.regex.Pattern.compile("line:? (\\d+)").matcher(message);
      throw new UnreadableException("unreadable.csv.line", line.find() ? line.group(1) : "?");
    }
    List<RawBlock> blocks = new SheetBlocks(interpreter(), 1).blocks(lines);
    return new RawDocument(LAYOUT, blocks);
  }

  /** The delimiter that splits the first lines most evenly into more than one cell. */
  static char sniff(String text) {
    char best = ',';
    int bestScore = -1;
    String[] lines = text.split("\n", 30);
    for (char d : new char[] {',', '\t', ';', '|'}) {
      int score = 0;
      for (String line : lines) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
          char ch = line.charAt(i);
          if (ch == '"') {
            quoted = !quoted;
          } else if (ch == d && !quoted) {
            n++;
          }
        }
        score += n;
      }
      if (score > bestScore) {
        bestScore = score;
        best = d;
      }
    }
    return best;
  }
}
