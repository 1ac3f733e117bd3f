package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.jxlint.TestSupport;

/**
 * A Word table drawn without borders, saved as PDF by LibreOffice: no ruling lines to rebuild the
 * grid from, so the reader finds its columns from where the text stands, cuts a line where it runs
 * over the next column's start, and joins the lines of a wrapped cell. It must read as the text
 * form of the same table. The PDFs are LibreOffice's saves of the layout family's .docx with every
 * border removed.
 */
class PdfBorderlessTest {

  private static final Path DIR = TestSupport.ROOT.resolve("src/test/resources/org/jxlint/ingest");
  private static final Path LAYOUTS = TestSupport.ROOT.resolve("fixtures/layouts");

  @ParameterizedTest(name = "{0} reads as {1}")
  @CsvSource({"borderless-table.pdf, two-projects-with-notes"})
  void a_table_without_ruling_lines_reads_as_its_text(String pdf, String family) {
    String text = LayoutFixturesTest.comparable(CanonicalJson.toTree(LayoutFixturesTest.read(
        LAYOUTS.resolve(family).resolve(family + ".txt")))).toPrettyString();
    String read = LayoutFixturesTest.comparable(CanonicalJson.toTree(
        LayoutFixturesTest.read(DIR.resolve(pdf)))).toPrettyString();
    assertEquals(text, read);
  }
}
