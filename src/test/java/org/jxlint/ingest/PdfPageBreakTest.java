package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.model.Indicator;
import org.jxlint.model.Submission;

/**
 * A 60-row ruled table LibreOffice saved as PDF (made by our hostile-upload test, not from the
 * corpus), whose row “道路养护合格率2 | ≥ | 95 | % | … | 达到95%得7.5分…” breaks across a page
 * where the scoring cell's last line ends short: “95%得” went whole to the next page as it did not
 * fit. The row is joined back, not read as a second row with an empty value.
 */
class PdfPageBreakTest {

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
}
