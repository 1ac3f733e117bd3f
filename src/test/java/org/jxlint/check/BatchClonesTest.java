package org.jxlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.ingest.CanonicalJson;
import org.jxlint.check.rules.CopyPasteSectionCheck;
import org.jxlint.model.IndicatorTable;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;
import org.quicktheories.core.Gen;

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
    List<BatchClones.Tables> own = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      own.add(clones.add("上传/" + i + ".json", form("青山镇人民政府")));
    }
    for (int i = 0; i < 10; i++) {
      List<Finding> found = clones.findingsFor(own.get(i));
      assertEquals(1, found.size(), "file " + i);
      assertEquals("copy-paste-section.files-many", found.get(0).messageKey());
      assertEquals("9", found.get(0).args().get(1));
      assertTrue(found.get(0).args().get(2).endsWith("等"), found.get(0).args().toString());
    }
  }

  @Test
  void theSameFileNamedTwiceIsNoCopyOfItself() throws Exception {
    BatchClones clones = new BatchClones();
    var first = clones.add("上传/青山镇.json", form("青山镇人民政府"));
    var second = clones.add("上传/./甲/../青山镇.json", form("青山镇人民政府"));
    assertEquals(List.of(), clones.findingsFor(first));
    assertEquals(List.of(), clones.findingsFor(second));
  }

  @Test
  void twoFilesSayWhetherOnlyTheNameDiffers() throws Exception {
    BatchClones same = new BatchClones();
    var a = same.add("a.json", form("青山镇人民政府"));
    same.add("b.json", form("青山镇人民政府"));
    assertEquals("copy-paste-section.files-same", same.findingsFor(a).get(0).messageKey());
    BatchClones renamed = new BatchClones();
    renamed.add("a.json", form("青山镇人民政府"));
    var b = renamed.add("b.json", form("白石乡人民政府"));
    assertEquals("copy-paste-section.files", renamed.findingsFor(b).get(0).messageKey());
    assertEquals("a.json", renamed.findingsFor(b).get(0).args().get(1));
  }

  @Test
  void aNameIsResolvedAsText() {
    assertEquals("上传/青山镇.json", BatchClones.identity("上传/./甲/../青山镇.json"));
    assertEquals("/tmp/a.json", BatchClones.identity("/tmp//a.json"));
    assertEquals("../a.json", BatchClones.identity("../a.json"));
    assertEquals("上传/a.json", BatchClones.identity("上传\\a.json"));
  }

  /** Tables a generated file may hold: three contents, each under a project's name or none. */
  private static final String[] ROWS = {"巡查次数|≥36次", "完好率|≥95%", "受益人数|≥1200人"};

  /** Content {@code c}: four rows, the {@code c}-th of them with its own value. */
  private static String rows(int c) {
    List<String> out = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      String[] row = ROWS[r % ROWS.length].split("\\|");
      out.add("{\"level1\": \"产出指标\", \"level2\": \"数量指标\", \"name\": \"" + row[0] + r
          + "\", \"value\": \"" + (r == c ? "≥7项" : row[1]) + "\"}");
    }
    return String.join(",", out);
  }

  private static final String[] PROJECTS = {null, "村道养护项目", "河道保洁项目"};
  private static final String[] NAMES = {"甲.json", "乙.json", "./甲.json", "上传/丙.json",
      "上传/x/../丙.json", "丁.json"};

  /** A file: its name (from {@link #NAMES}) and its tables, each a content and a project. */
  private record File(String name, String unit, List<Integer> tables) {}

  private static Submission submission(File f) throws Exception {
    List<String> tables = new ArrayList<>();
    for (int t : f.tables()) {
      String project = PROJECTS[t % PROJECTS.length];
      tables.add("{" + (project == null ? "" : "\"project\": \"" + project + "\", ")
          + "\"indicators\": [" + rows(t / PROJECTS.length) + "]}");
    }
    return TestSupport.submission(CanonicalJson.MAPPER.readTree("{\"unit\": \"" + f.unit()
        + "\", \"year\": 2026, \"kind\": \"project\", \"tables\": ["
        + String.join(",", tables) + "]}"));
  }

  /**
   * Random batches agree with comparing every table with every other. A name given twice is one
   * file read twice, so it holds the same tables both times.
   */
  @Test
  void agreesWithComparingEveryTableWithEveryOther() {
    Gen<List<Integer>> contents = lists().of(integers().between(0, 8)).ofSizeBetween(0, 3);
    Gen<List<File>> batches = lists().of(contents).ofSize(NAMES.length).zip(
        lists().of(integers().between(0, NAMES.length - 1)).ofSizeBetween(1, 8),
        (byName, order) -> order.stream().map(n -> {
          int file = IntStream.range(0, NAMES.length).filter(m -> BatchClones.identity(NAMES[m])
              .equals(BatchClones.identity(NAMES[n]))).findFirst().getAsInt();
          return new File(NAMES[n], file % 2 == 0 ? "青山镇人民政府" : "白石乡人民政府",
              byName.get(file));
        }).toList());
    int[] copied = {0};
    qt().withExamples(300).forAll(batches).checkAssert(batch -> {
      try {
        List<Submission> read = new ArrayList<>();
        for (File f : batch) {
          read.add(submission(f));
        }
        BatchClones clones = new BatchClones();
        List<BatchClones.Tables> own = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
          own.add(travelled(clones.add(batch.get(i).name(), read.get(i))));
        }
        for (int i = 0; i < batch.size(); i++) {
          List<String> expected = reference(batch, read, i);
          copied[0] += expected.size();
          assertEquals(expected, clones.findingsFor(own.get(i)).stream()
              .map(BatchClonesTest::said).toList(), batch + " file " + i);
        }
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    assertTrue(copied[0] > 100, "the batches hold copies: " + copied[0]);
  }

  /** Tables as they come back from the report spool's disk. */
  private static BatchClones.Tables travelled(BatchClones.Tables t) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(t);
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      return (BatchClones.Tables) in.readObject();
    }
  }

  private static String said(Finding f) {
    return f.messageKey() + f.args() + f.location();
  }

  /** The findings of file {@code i}, worked out by comparing its tables with every table. */
  private static List<String> reference(List<File> batch, List<Submission> read, int i) {
    List<String> out = new ArrayList<>();
    for (IndicatorTable mine : read.get(i).tables()) {
      var print = CopyPasteSectionCheck.fingerprint(mine);
      if (print.isEmpty()) {
        continue;
      }
      String self = BatchClones.identity(batch.get(i).name());
      Map<String, String[]> holders = new LinkedHashMap<>(); // identity -> file name, project
      Set<String> names = new TreeSet<>();
      for (int j = 0; j < batch.size(); j++) {
        for (IndicatorTable t : read.get(j).tables()) {
          if (print.equals(CopyPasteSectionCheck.fingerprint(t))) {
            holders.putIfAbsent(BatchClones.identity(batch.get(j).name()),
                new String[] {batch.get(j).name(), name(t, read.get(j))});
            names.add(name(t, read.get(j)));
          }
        }
      }
      holders.remove(self);
      if (holders.isEmpty()) {
        continue;
      }
      List<String[]> others = new ArrayList<>(holders.values());
      String project = name(mine, read.get(i));
      var at = mine.location().isEmpty() ? mine.indicators().get(0).location() : mine.location();
      if (others.size() == 1) {
        out.add("copy-paste-section" + (names.size() > 1 ? ".files" : ".files-same")
            + List.of(project, others.get(0)[0], others.get(0)[1]) + at);
      } else {
        StringBuilder named = new StringBuilder();
        others.stream().limit(3).forEach(o -> named.append("《").append(o[0]).append("》"));
        out.add("copy-paste-section.files-many" + List.of(project,
            String.valueOf(others.size()), named + (others.size() > 3 ? "等" : "")) + at);
      }
    }
    return out;
  }

  private static String name(IndicatorTable t, Submission s) {
    String n = t.project() != null ? t.project() : s.unitName();
    return n == null ? "" : TextNormalizer.despace(n);
  }
}
