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
    String text = LayoutFixturesTest.comparable(CanonicalTree.of(LayoutFixturesTest.read(
        LAYOUTS.resolve(family).resolve(family + ".txt")))).toPrettyString();
    String read = LayoutFixturesTest.comparable(CanonicalTree.of(
        LayoutFixturesTest.read(DIR.resolve(pdf)))).toPrettyString();
    assertEquals(text, read);
  }

  /**
   * A borderless table in narrow columns, every cell wrapped, broken over pages (a generated
   * department form, its .docx with every border removed, saved by LibreOffice). On a page without
   * the header a name runs up to the value beside it and shows no column start of its own, and a
   * row's last lines go over to the next page: the page goes on the columns and the row of the page
   * before. It read as a second table of 19 rows with no values, the 二级 names broken in two.
   */
  @org.junit.jupiter.api.Test
  void a_borderless_table_goes_on_over_the_page_in_its_columns() {
    org.jxlint.model.Submission read = LayoutFixturesTest.read(
        DIR.resolve("borderless-broken-by-pages.pdf"));
    var annual = read.tables().stream()
        .filter(t -> t.indicators().stream().anyMatch(r -> r.name().equals("义务教育控辍保学支出成本")))
        .findFirst().orElseThrow();
    assertEquals(27, annual.indicators().size());
    var rows = annual.indicators();
    assertEquals("义务教育控辍保学全年支出，不超过批复预算", rows.stream()
        .filter(r -> r.name().equals("义务教育控辍保学支出成本")).findFirst().orElseThrow()
        .explanation());
    assertEquals("≥8329人", rows.stream().filter(r -> r.name().equals("矛盾纠纷排查惠及群众人数"))
        .findFirst().orElseThrow().value());
    for (var r : rows) {
      org.junit.jupiter.api.Assertions.assertTrue(r.level2().endsWith("指标"), r::toString);
      org.junit.jupiter.api.Assertions.assertTrue(r.name().length() >= 6, r::toString);
    }
  }
}
