package org.jxlint.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;

/**
 * An old .doc holds one cell per merged region, so a header whose 三级指标 spans two columns has
 * fewer cells than the rows under it: the .doc reader puts each cell at its edges, as the .docx
 * reader resolves gridSpan. {@code merged-cells.doc} is LibreOffice's save of
 * {@code merged-cells.docx} (a 7-column table, merged cells in its header and project rows).
 */
class DocMergedCellsTest {

  private static final Path DIR = TestSupport.ROOT.resolve("src/test/resources/org/jxlint/ingest");

  @Test
  @DisplayName(".doc 中横向合并的单元格按列展开，与 .docx 读法相同")
  void merged_cells_of_a_doc_read_as_in_the_docx() {
    String docx = LayoutFixturesTest.comparable(CanonicalTree.of(
        LayoutFixturesTest.read(DIR.resolve("merged-cells.docx")))).toPrettyString();
    String doc = LayoutFixturesTest.comparable(CanonicalTree.of(
        LayoutFixturesTest.read(DIR.resolve("merged-cells.doc")))).toPrettyString();
    assertEquals(docx, doc);
    assertEquals(true, docx.contains("\"value\" : \"≥120\""), docx);
  }
}
