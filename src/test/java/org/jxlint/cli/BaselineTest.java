package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.TestSupport;
import org.jxlint.check.Finding;
import org.jxlint.check.Severity;
import org.jxlint.model.SourceLocation;
import org.jxlint.report.FailOn;
import org.jxlint.report.FileReport;
import org.jxlint.report.Gate;
import org.jxlint.report.Summary;

/**
 * A baseline never hides a new finding: files are keyed by their path below the checked root and
 * every (file, rule, fingerprint) has a count, so one finding more than recorded is always new,
 * whatever the files are called and however many share a name in different folders.
 */
class BaselineTest {

  private static final Path ROOT = Path.of("/uploads");
  private static final String[] FOLDERS = {"", "青山镇/", "白石乡/", "白石乡/村级/"};
  private static final String[] NAMES = {"绩效目标表.txt", "绩效目标表.json", "表.docx"};
  private static final String[] RULES = {"empty-value", "missing-unit", "non-measurable-value"};
  private static final String[] EVIDENCE = {"", "效果明显", "≥95%"};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A batch: distinct files (drawn so that names repeat across folders) and their findings. */
  private record Batch(List<String> paths, Map<String, List<Finding>> findings) {

    static Batch of(List<Integer> fileCodes, List<Integer> findingCodes) {
      List<String> paths = fileCodes.stream()
          .map(c -> FOLDERS[c / NAMES.length] + NAMES[c % NAMES.length]).distinct().toList();
      Map<String, List<Finding>> findings = new LinkedHashMap<>();
      paths.forEach(p -> findings.put(p, new ArrayList<>()));
      for (int code : findingCodes) {
        findings.get(paths.get(code % paths.size())).add(finding(code / paths.size()));
      }
      return new Batch(paths, findings);
    }

    List<String> keys() {
      return paths.stream().map(p -> BaselineKeys.key(ROOT, ROOT.resolve(p))).toList();
    }

    FileReport report(String path) {
      return new FileReport("uploads/" + path, "canonical-json", null, null, null, null, null,
          new FileReport.Contents(1, 1, 0, 0), findings.get(path), null);
    }

    /** The batch with one finding of one file moved to another file (when there are two). */
    Batch moved(int fromCode, int toCode) {
      List<String> from = paths.stream().filter(p -> !findings.get(p).isEmpty()).toList();
      if (from.isEmpty() || paths.size() < 2) {
        return this;
      }
      String source = from.get(fromCode % from.size());
      List<String> others = paths.stream().filter(p -> !p.equals(source)).toList();
      String target = others.get(toCode % others.size());
      Map<String, List<Finding>> more = new LinkedHashMap<>();
      findings.forEach((p, list) -> more.put(p, new ArrayList<>(list)));
      more.get(target).add(more.get(source).remove(0));
      return new Batch(paths, more);
    }

    Batch with(int fileCode, int findingCode) {
      Map<String, List<Finding>> more = new LinkedHashMap<>();
      findings.forEach((p, list) -> more.put(p, new ArrayList<>(list)));
      more.get(paths.get(fileCode % paths.size())).add(finding(findingCode));
      return new Batch(paths, more);
    }
  }

  /** Few rules, texts and places, so that identical findings (one fingerprint) are common. */
  private static Finding finding(int code) {
    String rule = RULES[code % RULES.length];
    String evidence = EVIDENCE[(code / RULES.length) % EVIDENCE.length];
    List<String> indicator = (code / 9) % 2 == 0 ? List.of() : List.of("产出指标", "群众满意度");
    Integer row = (code / 18) % 4 + 1; // rows never enter the fingerprint
    return new Finding(rule, Severity.ERROR, rule + ".message", List.of(), indicator, "value",
        evidence, SourceLocation.tableRow(1, row));
  }

  private static String written(Batch batch) throws Exception {
    Baseline.Writer w = new Baseline.Writer();
    for (int i = 0; i < batch.paths().size(); i++) {
      w.add(batch.report(batch.paths().get(i)), batch.keys().get(i));
    }
    return w.json();
  }

  /** The run's summary against a baseline written for {@code recorded}. */
  private static Summary check(Batch run, String baseline) throws Exception {
    Baseline b = Baseline.of(BaselineFile.parse(MAPPER.readTree(baseline)), run.keys(), "b.json",
        TestSupport.REGISTRY);
    Summary s = new Summary();
    for (int i = 0; i < run.paths().size(); i++) {
      s.add(b.apply(run.report(run.paths().get(i)), run.keys().get(i)));
    }
    return s;
  }

  @Test
  @DisplayName("给任何文件加一个问题，都过不了不含它的基线（同名文件分在不同目录也一样）")
  void adding_a_finding_to_any_file_never_passes_a_baseline_without_it() {
    qt().withExamples(400).forAll(
        lists().of(integers().between(0, FOLDERS.length * NAMES.length - 1)).ofSizeBetween(1, 6),
        lists().of(integers().between(0, 999)).ofSizeBetween(0, 25),
        integers().between(0, 999), integers().between(0, 999))
        .checkAssert((files, found, where, what) -> {
          Batch before = Batch.of(files, found);
          String baseline;
          try {
            baseline = written(before);
            Summary same = check(before, baseline);
            assertEquals(0, same.errors(), "the baseline's own run passes");
            Summary after = check(before.with(where, what), baseline);
            assertEquals(1, after.errors(), "exactly the added finding is new: " + baseline);
            assertFalse(Gate.of(FailOn.ERROR).passed(after));
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  @DisplayName("把一个问题从一个文件挪到另一个文件（哪怕同名），在那个文件里是新问题")
  void a_finding_moved_to_another_file_is_new_there() {
    qt().withExamples(400).forAll(
        lists().of(integers().between(0, FOLDERS.length * NAMES.length - 1)).ofSizeBetween(2, 6),
        lists().of(integers().between(0, 999)).ofSizeBetween(1, 25),
        integers().between(0, 999), integers().between(0, 999))
        .checkAssert((files, found, from, to) -> {
          Batch before = Batch.of(files, found);
          Batch after = before.moved(from, to);
          try {
            Summary s = check(after, written(before));
            assertEquals(after == before ? 0 : 1, s.errors(), "the moved finding is new");
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        });
  }

  @Test
  void files_are_keyed_by_their_path_below_the_checked_root() throws Exception {
    Batch twins = Batch.of(List.of(3, 6), List.of(0, 1));
    String json = written(twins);
    assertTrue(json.contains("\"青山镇/绩效目标表.txt\""), json);
    assertTrue(json.contains("\"白石乡/绩效目标表.txt\""), json);
    assertTrue(json.contains("\"count\" : 1"), json);
    assertEquals(List.of("青山镇/绩效目标表.txt"),
        List.of(BaselineKeys.key(ROOT, Path.of("/uploads/青山镇/./绩效目标表.txt"))));
  }

  @Test
  void the_common_root_of_the_arguments_keeps_folder_names() {
    Path a = Path.of("/data/上传/青山镇");
    Path b = Path.of("/data/上传/白石乡/表.json");
    assertEquals(Path.of("/data/上传"), BaselineKeys.commonRoot(List.of(a, b)));
    assertEquals(Path.of("/data/上传/白石乡"), BaselineKeys.commonRoot(List.of(b)));
  }

  @Test
  @DisplayName("旧基线（只记文件名）：同名文件只有一个时照旧使用，有多个时都按新问题计")
  void an_old_baseline_with_bare_names_applies_only_where_the_name_is_unique() throws Exception {
    Batch run = Batch.of(List.of(0, 3, 6, 2), List.of(0, 1, 2, 3));
    // Version 1 wrote one entry per fingerprint with the bare name; fingerprints are unchanged.
    List<Map<String, String>> v1 = new ArrayList<>();
    for (String p : run.paths()) {
      FileReport r = run.report(p);
      for (Finding f : r.findings()) {
        v1.add(Map.of("fingerprint", org.jxlint.report.Fingerprint.of(r.path(), f),
            "file", BaselineKeys.bareName(p), "rule", f.rule(), "indicator", "",
            "evidence", f.evidence()));
      }
    }
    String old = MAPPER.writeValueAsString(Map.of("tool", "jxlint", "version", 1,
        "findings", v1));
    Baseline b = Baseline.of(BaselineFile.parse(MAPPER.readTree(old)), run.keys(), "old.json",
        TestSupport.REGISTRY);
    assertEquals(List.of("baseline.legacy", "baseline.legacyAmbiguous"),
        b.notes().stream().map(Baseline.Note::key).toList());
    assertEquals(List.of("绩效目标表.txt", 3), b.notes().get(1).args());
    // 表.docx is the only file of its name: its findings are known; the three 绩效目标表.txt not.
    for (int i = 0; i < run.paths().size(); i++) {
      FileReport r = b.apply(run.report(run.paths().get(i)), run.keys().get(i));
      boolean unique = run.paths().get(i).endsWith("表.docx");
      assertTrue(r.findings().stream().allMatch(f -> f.known() == unique), r.toString());
    }
  }

  @Test
  void a_newer_or_broken_baseline_is_a_configuration_error() {
    for (String bad : List.of("{\"version\": 3, \"files\": {}}",
        "{\"version\": 2, \"files\": {\"a.txt\": {\"empty-value\": {\"count\": 0}}}}",
        "{\"version\": 2, \"files\": {\"a.txt\": {\"empty-value\": {\"count\": 1,"
            + " \"findings\": [{\"count\": 1}]}}}}")) {
      try {
        BaselineFile.parse(MAPPER.readTree(bad));
        throw new AssertionError("accepted " + bad);
      } catch (java.io.IOException expected) {
        // reported as error.baselineBroken by BaselineFile.read
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }
  }

  @Test
  void fixed_findings_are_stale_and_say_how_many() throws Exception {
    Batch before = Batch.of(List.of(3), List.of(0, 0, 1));
    Batch after = Batch.of(List.of(3), List.of(1));
    Baseline b = Baseline.of(BaselineFile.parse(MAPPER.readTree(written(before))),
        after.keys(), "b.json", TestSupport.REGISTRY);
    b.apply(after.report(after.paths().get(0)), after.keys().get(0));
    assertEquals(List.of("青山镇/绩效目标表.txt · empty-value ×2"), b.stale());
  }
}
