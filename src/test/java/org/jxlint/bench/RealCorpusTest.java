package org.jxlint.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jxlint.ingest.layout.RawBlock;
import org.jxlint.ingest.layout.TextLayout;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RealCorpusTest {

  @Test
  @DisplayName("基准语料：每个版式一份，实际大小（5–30 KB、20 行以上），按版式的文本格式写出，并记下埋入的问题")
  void documentsHaveTheSizeAndLayoutOfRealOnes(@TempDir Path dir) throws Exception {
    Map<String, String> families = RealCorpus.families(Path.of("fixtures/layouts"));
    RealCorpus.Batch batch = RealCorpus.write(dir, "txt", families.size() * 2, 7, families, null);
    assertEquals(families.size() * 2, batch.files().size());
    int planted = 0;
    for (Path f : batch.files()) {
      long size = Files.size(f);
      assertTrue(size >= 5_000 && size <= 30_000, f + ": " + size + " bytes");
      String text = Files.readString(f);
      String family = f.getFileName().toString().replaceAll("-\\d+\\.txt$", "");
      assertEquals(TextLayout.read(families.get(family)).layout(), TextLayout.read(text).layout());
      long rows = TextLayout.read(text).blocks().stream().filter(b -> b instanceof RawBlock.Row)
          .count();
      assertTrue(rows >= 20, f + ": " + rows + " rows");
      planted += batch.planted().get(f).size();
    }
    assertFalse(planted == 0);
  }
}
