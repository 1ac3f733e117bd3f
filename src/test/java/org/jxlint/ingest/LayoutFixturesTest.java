package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.bench.Forms;
import org.jxlint.i18n.Messages;
import org.jxlint.text.TextNormalizer;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextLayout;

/**
 * Every document in {@code fixtures/layouts/NAME/} is written in one of the seed layouts as text
 * ({@code NAME.txt}); what jxlint reads from it must equal {@code NAME.expected.json}. The same
 * content as .docx, .xlsx and GBK .csv (made here, merged cells included) and as PDF (committed,
 * {@code NAME.pdf}) must read to the same model, locations and whitespace aside.
 *
 * <p>{@code -Djxlint.updateGolden=true} rewrites the expected JSON; {@code -Djxlint.makePdf=FONT}
 * regenerates the PDFs with a font that has Chinese glyphs.
 *
 * <p>The committed {@code NAME.doc}, {@code NAME.xls} and {@code NAME.writer.pdf} are what an
 * office suite makes of the generated forms: {@code -Djxlint.formsDir=DIR} leaves the .docx and
 * .xlsx in DIR, then {@code soffice --headless --convert-to doc|xls|pdf} (LibreOffice 7.4, Debian
 * 12). The Writer PDFs are real PDFs with ruling lines, wrapped cells and rows broken across pages.
 */
class LayoutFixturesTest {

  private static final boolean UPDATE = Boolean.getBoolean("jxlint.updateGolden");
  private static final String PDF_FONT = System.getProperty("jxlint.makePdf");
  /** Where to leave the generated .docx/.xlsx/.csv forms, to make the office fixtures from. */
  private static final String FORMS_DIR = System.getProperty("jxlint.formsDir");
  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/layouts");
  private static final Ingestor INGESTOR = Ingestor.standard(TestSupport.VOCABULARY);

  /**
   * Forms that still read differently, and why. Each stays here only while it differs (the test
   * fails once it reads right), so the list is what jxlint does not yet read.
   */
  private static final Map<String, String> KNOWN_DIFFERENCES = Map.of(
      "hunan-narrative.writer.pdf",
      "LibreOffice draws the top border of a covered cell through the merged cell above it, so"
          + " the second line of “绩效目标内容2：平安建设” reads as a row of its own",
      "approval-tree.pdf",
      "the generated PDF draws the tree's one-cell label lines (产出指标, 数量指标(必填)) as text"
          + " outside the table grid, so the labels read as paragraphs and the tree falls apart");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyLayoutInEveryFormat() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> dirs;
    try (Stream<Path> s = Files.list(DIR)) {
      dirs = s.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(dirs.size() >= 5, "one fixture document per seed layout");
    for (Path dir : dirs) {
      String name = dir.getFileName().toString();
      Path text = dir.resolve(name + ".txt");
      tests.add(DynamicTest.dynamicTest(name + " (text)", () -> golden(dir, name, text)));
      for (String form : List.of("docx", "xlsx", "csv", "pdf", "doc", "xls", "writer.pdf")) {
        tests.add(DynamicTest.dynamicTest(name + " (." + form + ")",
            () -> sameAsText(dir, name, text, form)));
      }
    }
    return tests.stream();
  }

  private void golden(Path dir, String name, Path text) throws Exception {
    org.jxlint.model.Submission read = read(text);
    assertLayoutNamed(read);
    JsonNode actual = CanonicalTree.of(read);
    Path expected = dir.resolve(name + ".expected.json");
    String json = CanonicalJson.MAPPER.writeValueAsString(actual) + "\n";
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, json, StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(expected, StandardCharsets.UTF_8), json,
        "parsed model differs from " + expected.getFileName());
  }

  private void sameAsText(Path dir, String name, Path text, String form) throws Exception {
    RawDocument raw = TextLayout.read(Charsets.decode(Files.readAllBytes(text)));
    Path file = (FORMS_DIR == null ? temp : Path.of(FORMS_DIR)).resolve(name + "." + form);
    switch (form) {
      case "docx" -> Forms.docx(raw, file);
      case "xlsx" -> Forms.xlsx(raw, file);
      case "csv" -> Forms.csvGbk(raw, file);
      case "pdf" -> {
        file = dir.resolve(name + ".pdf");
        if (PDF_FONT != null) {
          Forms.pdf(raw, file, Path.of(PDF_FONT));
        }
        assertTrue(Files.exists(file), "missing " + file + "; make it with -Djxlint.makePdf");
      }
      default -> {
        file = dir.resolve(name + "." + form);
        assertTrue(Files.exists(file), "missing " + file + "; see the class comment");
      }
    }
    JsonNode expected = comparable(CanonicalTree.of(read(text)));
    org.jxlint.model.Submission read = read(file);
    assertLayoutNamed(read);
    JsonNode actual = comparable(CanonicalTree.of(read));
    String known = KNOWN_DIFFERENCES.get(file.getFileName().toString());
    if (known != null) {
      assertNotEquals(expected.toPrettyString(), actual.toPrettyString(),
          file.getFileName() + " now reads right: take it off KNOWN_DIFFERENCES");
      return;
    }
    assertEquals(expected.toPrettyString(), actual.toPrettyString(),
        "." + form + " form reads differently from the text form");
  }

  /** Reports name every layout a reader recognises in words, in both languages. */
  private static void assertLayoutNamed(org.jxlint.model.Submission read) {
    for (String lang : List.of("zh", "en")) {
      assertTrue(Messages.forLanguage(lang).has("report.layout."
          + read.layout().replace("+rebuilt", "")),
          "no words for the layout " + read.layout() + " in " + lang);
    }
  }

  static org.jxlint.model.Submission read(Path file) {
    IngestResult result = INGESTOR.read(file, file.getFileName().toString());
    if (result instanceof IngestResult.Unreadable u) {
      throw new AssertionError(file + " unreadable: " + u.reasonKey() + " " + u.reasonArgs());
    }
    return assertInstanceOf(IngestResult.Read.class, result).submission();
  }

  /**
   * The tree without where things stand and which layout was seen, whitespace folded and dropped
   * next to Chinese text (a PDF does not keep a space at a line break, nor tell one from a gap).
   */
  static JsonNode comparable(JsonNode node) {
    return comparable(node, TextNormalizer::despace);
  }

  /** The tree without locations, layout and source, each text put through {@code text}. */
  static JsonNode comparable(JsonNode node, java.util.function.UnaryOperator<String> text) {
    if (node instanceof ObjectNode o) {
      ObjectNode copy = o.objectNode();
      for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!List.of("location", "locations", "cells", "layout", "source").contains(key)) {
          copy.set(key, comparable(o.get(key), text));
        }
      }
      return copy;
    }
    if (node instanceof ArrayNode a) {
      ArrayNode copy = a.arrayNode();
      a.forEach(n -> copy.add(comparable(n, text)));
      return copy;
    }
    if (node.isTextual()) {
      return TextNode.valueOf(text.apply(node.asText()));
    }
    return node;
  }

}
