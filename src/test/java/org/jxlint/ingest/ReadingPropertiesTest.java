package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.DocumentInterpreter;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.RawCell;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextLayout;
import org.jxlint.model.SourceLocation;

/**
 * Properties of reading: what people do to a table without meaning anything by it (blank rows and
 * columns, full-width digits, stray spaces, saving in GBK instead of UTF-8) must not change what
 * jxlint understands. Each property takes one of the layout fixture documents, disturbs it at random
 * places and compares the model with the undisturbed one.
 */
class ReadingPropertiesTest {

  private static final DocumentInterpreter INTERPRETER =
      new DocumentInterpreter(TestSupport.VOCABULARY, TestSupport.VALUES);
  private static final Charset GBK = Charset.forName("GBK");
  private static final List<RawDocument> DOCUMENTS = new ArrayList<>();

  @TempDir Path temp;

  @BeforeAll
  static void loadFixtures() throws IOException {
    try (Stream<Path> dirs = Files.list(TestSupport.ROOT.resolve("fixtures/layouts"))) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Path text = dir.resolve(dir.getFileName() + ".txt");
        DOCUMENTS.add(TextLayout.read(Charsets.decode(Files.readAllBytes(text))));
      }
    }
  }

  @Test
  @DisplayName("空行和空段落不改变读到的内容")
  void blankRowsChangeNothing() {
    holds((doc, random) -> {
      List<RawBlock> blocks = new ArrayList<>(doc.blocks());
      int inserts = 1 + random.nextInt(4);
      for (int i = 0; i < inserts; i++) {
        int at = random.nextInt(blocks.size() + 1);
        RawBlock near = blocks.get(Math.min(at, blocks.size() - 1));
        if (near instanceof RawBlock.Row row && random.nextBoolean()) {
          List<RawCell> empty = row.cells().stream().map(c -> new RawCell("", null)).toList();
          blocks.add(at, new RawBlock.Row(row.table(), empty, SourceLocation.NONE));
        } else if (!(near instanceof RawBlock.Row)) {
          blocks.add(at, new RawBlock.Paragraph(random.nextBoolean() ? "" : "  ",
              SourceLocation.NONE));
        }
      }
      return new RawDocument(doc.layout(), blocks);
    });
  }

  /**
   * Empty columns left and right of a table (a sheet that starts at column B, formatted columns
   * past the last one). Not in the middle: a text export shifts rows with merged cells left, so a
   * column inserted in the sheet does not stand at one index in every exported row.
   */
  @Test
  @DisplayName("表格左右两边的空列不改变读到的内容")
  void blankColumnsChangeNothing() {
    holds((doc, random) -> {
      if (tables(doc).isEmpty()) {
        return doc; // a document of paragraphs only (a flattened table) has no columns to pad
      }
      int table = tables(doc).get(random.nextInt(tables(doc).size()));
      int left = random.nextInt(3);
      int right = random.nextInt(3);
      return map(doc, row -> {
        if (row.table() != table) {
          return row;
        }
        List<RawCell> cells = new ArrayList<>(row.cells());
        for (int i = 0; i < left; i++) {
          cells.add(0, new RawCell("", null));
        }
        for (int i = 0; i < right; i++) {
          cells.add(new RawCell("", null));
        }
        return new RawBlock.Row(row.table(), cells, row.location());
      }, p -> p);
    });
  }

  @Test
  @DisplayName("全角数字和符号与半角的读法相同")
  void fullWidthDigitsChangeNothing() {
    holds((doc, random) -> {
      double share = 0.3 + random.nextDouble() * 0.7;
      return mapText(doc, text -> random.nextDouble() < share ? fullWidth(text) : text);
    });
  }

  @Test
  @DisplayName("单元格首尾的空格、全角空格不改变读到的内容")
  void straySpacesChangeNothing() {
    String[] spaces = {" ", "  ", "\u3000", "\u00a0", "\t"};
    holds((doc, random) -> mapText(doc, text -> {
      if (text.isEmpty() || random.nextInt(3) > 0) {
        return text;
      }
      return spaces[random.nextInt(spaces.length)] + text
          + (random.nextBoolean() ? spaces[random.nextInt(spaces.length)] : "");
    }));
  }

  @Test
  @DisplayName("GBK、UTF-8、带 BOM 的 UTF-8 保存的同一份 CSV 和文本读法相同")
  void charsetChangesNothing() {
    qt().withExamples(15).forAll(integers().between(0, DOCUMENTS.size() - 1), longs().all())
        .checkAssert((index, seed) -> {
          RawDocument doc = DOCUMENTS.get(index);
          String text = tabText(doc);
          String utf8 = model(fileOf("utf8-" + seed + ".txt", text.getBytes(StandardCharsets.UTF_8)));
          String gbk = model(fileOf("gbk-" + seed + ".txt", text.getBytes(GBK)));
          String bom = model(fileOf("bom-" + seed + ".csv",
              concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                  csv(doc).getBytes(StandardCharsets.UTF_8))));
          String csvGbk = model(fileOf("gbk-" + seed + ".csv", csv(doc).getBytes(GBK)));
          assertEquals(utf8, gbk, "GBK text reads differently from UTF-8");
          assertEquals(utf8, bom, "UTF-8 CSV with BOM reads differently");
          assertEquals(utf8, csvGbk, "GBK CSV reads differently");
        });
  }

  // --- the property, and disturbances ------------------------------------------------------------

  private static void holds(BiFunction<RawDocument, Random, RawDocument> disturb) {
    qt().withExamples(60).forAll(integers().between(0, DOCUMENTS.size() - 1), longs().all())
        .checkAssert((index, seed) -> {
          RawDocument doc = DOCUMENTS.get(index);
          RawDocument changed = disturb.apply(doc, new Random(seed));
          assertEquals(understood(doc), understood(changed),
              "document " + index + " reads differently after the change (seed " + seed + ")");
        });
  }

  private static String understood(RawDocument doc) {
    return comparable(CanonicalTree.of(INTERPRETER.interpret(doc, "x"))).toPrettyString();
  }

  private String model(Path file) {
    return comparable(CanonicalTree.of(LayoutFixturesTest.read(file))).toPrettyString();
  }

  /** The model without locations and layout, text in NFKC with no whitespace. */
  private static JsonNode comparable(JsonNode node) {
    return LayoutFixturesTest.comparable(node, t -> Normalizer.normalize(t, Normalizer.Form.NFKC)
        .replaceAll("[\\s\\u00a0\\u3000]+", ""));
  }


  private static String fullWidth(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(
        (c >= '0' && c <= '9') || c == '%' || c == '.' ? c - 0x21 + 0xFF01 : c));
    return out.toString();
  }

  private static List<Integer> tables(RawDocument doc) {
    return doc.blocks().stream().filter(RawBlock.Row.class::isInstance)
        .map(b -> ((RawBlock.Row) b).table()).distinct().toList();
  }

  private static RawDocument mapText(RawDocument doc, java.util.function.UnaryOperator<String> f) {
    return map(doc,
        row -> new RawBlock.Row(row.table(),
            row.cells().stream().map(c -> new RawCell(f.apply(c.text()), c.location())).toList(),
            row.location()),
        p -> new RawBlock.Paragraph(f.apply(p.text()), p.location()));
  }

  private static RawDocument map(RawDocument doc,
      java.util.function.UnaryOperator<RawBlock.Row> rows,
      java.util.function.UnaryOperator<RawBlock.Paragraph> paragraphs) {
    List<RawBlock> out = new ArrayList<>();
    for (RawBlock block : doc.blocks()) {
      out.add(block instanceof RawBlock.Row r ? rows.apply(r)
          : paragraphs.apply((RawBlock.Paragraph) block));
    }
    return new RawDocument(doc.layout(), out);
  }

  /** The document as tab-separated lines, each table after a blank line. */
  private static String tabText(RawDocument doc) {
    StringBuilder out = new StringBuilder();
    for (RawBlock block : doc.blocks()) {
      if (block instanceof RawBlock.Row r && r.cells().size() == 1) {
        // A row of one cell is written as pasted text writes it: indented, inside the table.
        out.append(' ').append(oneLine(r.cells().get(0).text()));
      } else if (block instanceof RawBlock.Row r) {
        out.append(String.join("\t", r.cells().stream().map(c -> oneLine(c.text())).toList()));
      } else {
        out.append(oneLine(((RawBlock.Paragraph) block).text()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static String csv(RawDocument doc) {
    StringBuilder out = new StringBuilder();
    for (RawBlock block : doc.blocks()) {
      List<String> cells = block instanceof RawBlock.Row r
          ? r.cells().stream().map(RawCell::text).toList()
          : List.of(((RawBlock.Paragraph) block).text());
      out.append(String.join(",", cells.stream()
          .map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList())).append("\r\n");
    }
    return out.toString();
  }

  private static String oneLine(String text) {
    return text.replaceAll("[\\r\\n\\t]+", " ");
  }

  private Path fileOf(String name, byte[] bytes) {
    try {
      return Files.write(temp.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
