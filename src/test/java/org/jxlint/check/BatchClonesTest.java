package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.model.Submission;

/** Copies across a batch: one finding per table and file, naming the others; no self-copies. */
class BatchClonesTest {

  private static Submission form(String unit) throws Exception {
    JsonNode tree = CanonicalJson.MAPPER.readTree("""
        {"unit": "%s", "year": 2026, "kind": "department", "tables": [{"indicators": [
          {"level1": "产出指标", "level2": "数量指标", "name": "村道巡查次数", "value": "≥36次"},
          {"level1": "产出指标", "level2": "质量指标", "name": "路面完好率", "value": "≥95%%"},
          {"level1": "效益指标", "level2": "社会效益指标", "name": "群众出行便利度", "value": "≥90%%"},
          {"level1": "满意度指标", "level2": "服务对象满意度指标", "name": "群众满意度", "value": "≥90%%"}
        ]}]}""".formatted(unit));
    return TestSupport.submission(tree);
  }

  @Test
  void tenCopiesGiveEachCopyOneFindingNamingTheOthers() throws Exception {
    BatchClones clones = new BatchClones();
    for (int i = 0; i < 10; i++) {
      clones.add(i, "上传/" + i + ".json", form("青山镇人民政府"));
    }
    for (int i = 0; i < 10; i++) {
      List<Finding> found = clones.findingsFor(i);
      assertEquals(1, found.size(), "file " + i);
      assertEquals("copy-paste-section.files-many", found.get(0).messageKey());
      assertEquals("9", found.get(0).args().get(1));
      assertTrue(found.get(0).args().get(2).endsWith("等"), found.get(0).args().toString());
    }
  }

  @Test
  void theSameFileNamedTwiceIsNoCopyOfItself() throws Exception {
    BatchClones clones = new BatchClones();
    clones.add(0, "上传/青山镇.json", form("青山镇人民政府"));
    clones.add(1, "上传/./甲/../青山镇.json", form("青山镇人民政府"));
    assertEquals(List.of(), clones.findingsFor(0));
    assertEquals(List.of(), clones.findingsFor(1));
  }

  @Test
  void twoFilesSayWhetherOnlyTheNameDiffers() throws Exception {
    BatchClones same = new BatchClones();
    same.add(0, "a.json", form("青山镇人民政府"));
    same.add(1, "b.json", form("青山镇人民政府"));
    assertEquals("copy-paste-section.files-same", same.findingsFor(0).get(0).messageKey());
    BatchClones renamed = new BatchClones();
    renamed.add(0, "a.json", form("青山镇人民政府"));
    renamed.add(1, "b.json", form("白石乡人民政府"));
    assertEquals("copy-paste-section.files", renamed.findingsFor(1).get(0).messageKey());
    assertEquals("a.json", renamed.findingsFor(1).get(0).args().get(1));
  }

  @Test
  void aNameIsResolvedAsText() {
    assertEquals("上传/青山镇.json", BatchClones.identity("上传/./甲/../青山镇.json"));
    assertEquals("/tmp/a.json", BatchClones.identity("/tmp//a.json"));
    assertEquals("../a.json", BatchClones.identity("../a.json"));
    assertEquals("上传/a.json", BatchClones.identity("上传\\a.json"));
  }
}
