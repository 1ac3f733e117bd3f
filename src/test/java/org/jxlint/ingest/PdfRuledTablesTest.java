package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.Submission;

/**
 * Ruled tables as LibreOffice lays them out in PDF. A 60-row ruled table LibreOffice saved as PDF (made by our hostile-upload test, not from the
 * corpus), whose row “道路养护合格率2 | ≥ | 95 | % | … | 达到95%得7.5分…” breaks across a page
 * where the scoring cell's last line ends short: “95%得” went whole to the next page as it did not
 * fit. The row is joined back, not read as a second row with an empty value.
 */
class PdfRuledTablesTest {

  private static final Path PDF = TestSupport.ROOT.resolve(
      "src/test/resources/org/jxlint/ingest/row-broken-before-a-figure.pdf");

  @Test
  void a_row_broken_where_a_figure_moved_whole_to_the_next_page_is_one_row() {
    IngestResult r = Ingestor.standard(TestSupport.VOCABULARY).read(PDF, PDF.toString());
    Submission s = assertInstanceOf(IngestResult.Read.class, r, r::toString).submission();
    assertEquals(60, s.tables().stream().mapToInt(t -> t.indicators().size()).sum());
    Indicator joined = s.tables().get(0).indicators().stream()
        .filter(i -> "道路养护合格率2".equals(i.name())).findFirst().orElseThrow();
    assertEquals("95", joined.value());
    assertEquals("达到95%得7.5分，每低1%扣0.5分。", joined.scoring());
  }

  @Test
  void a_table_without_its_left_and_right_borders_keeps_its_outer_columns() {
    // LibreOffice's PDF of a Word table bordered top, bottom and inside only (made by our hostile
    // upload test): the rows' lines run out to where the side borders would be.
    Path pdf = TestSupport.ROOT.resolve(
        "src/test/resources/org/jxlint/ingest/no-outer-side-borders.pdf");
    IngestResult r = Ingestor.standard(TestSupport.VOCABULARY).read(pdf, pdf.toString());
    Submission s = assertInstanceOf(IngestResult.Read.class, r, r::toString).submission();
    assertEquals(1, s.tables().size());
    assertEquals(10, s.tables().get(0).indicators().size());
    s.tables().get(0).indicators().forEach(i -> {
      assertEquals(true, i.level1() != null && !i.level1().isBlank(), i.toString());
      assertEquals(true, i.value() != null && !i.value().isBlank(), i.toString());
    });
  }
}
