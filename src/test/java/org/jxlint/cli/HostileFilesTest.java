package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.i18n.Messages;

/**
 * The broken and hostile files of {@code fixtures/hostile/}, each with the result it must get
 * ({@code expected.yml}), run together through the command line as a batch upload is: no exit 3,
 * no stack trace or library noise on stderr, every file in every report format.
 */
class HostileFilesTest {

  private static final Path DIR = TestSupport.ROOT.resolve("fixtures/hostile");
  private static final Messages ZH = Messages.forLanguage("zh");

  @Test
  @DisplayName("恶意和损坏的文件：各得其应得的原因，每种报告都列出每个文件，没有退出码 3、没有异常堆栈")
  void every_hostile_file_gets_its_reason_in_every_report(@TempDir Path out) throws Exception {
    JsonNode expected = TestSupport.readYaml(DIR.resolve("expected.yml")).path("files");
    List<String> names = new ArrayList<>();
    expected.fieldNames().forEachRemaining(names::add);
    try (Stream<Path> files = Files.list(DIR)) {
      assertEquals(new TreeSet<>(files.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("expected.yml")).toList()), new TreeSet<>(names),
          "every file in fixtures/hostile has its expected result, and only those");
    }
    List<String> args = new ArrayList<>(List.of("check"));
    names.forEach(n -> args.add("fixtures/hostile/" + n));
    for (ReportTargets.Format f : ReportTargets.Format.values()) {
      String name = f.name().toLowerCase();
      args.addAll(List.of("--format", name + ":" + out.resolve("report." + name)));
    }
    JxlintProcess run = JxlintProcess.run(TestSupport.ROOT, args.toArray(String[]::new));

    assertNotEquals(3, run.exit(), run.stderr());
    assertEquals(1, run.exit(), "hostile files fail the gate");
    assertFalse(run.stderr().matches("(?s).*(Exception|\\tat |ERROR|WARN|\\[Fatal Error\\]).*"),
        "nothing but jxlint's own notes on stderr: " + run.stderr());

    JsonNode json = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    Map<String, JsonNode> byPath = new java.util.HashMap<>();
    json.path("files").forEach(f -> byPath.put(f.path("path").asText(), f));
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String path = "fixtures/hostile/" + e.getKey();
      JsonNode entry = byPath.get(path);
      assertTrue(entry != null, path + " is in the JSON report");
      JsonNode want = e.getValue();
      assertEquals(want.path("status").asText(), entry.path("status").asText(), path);
      if (want.has("reason")) {
        String pattern = ZH.get(want.path("reason").asText());
        String fixed = pattern.contains("{") ? pattern.substring(0, pattern.indexOf('{')) : pattern;
        assertTrue(entry.path("reason").asText().startsWith(fixed),
            path + ": expected " + want.path("reason").asText() + ", got " + entry.path("reason"));
      }
      if (want.has("rule")) {
        List<String> rules = new ArrayList<>();
        entry.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
        assertTrue(rules.contains(want.path("rule").asText()), path + " " + rules);
      }
      boolean listedByAll = entry.path("status").asText().equals("unreadable")
          || want.has("rule");
      for (ReportTargets.Format f : ReportTargets.Format.values()) {
        String text = ReportFiles.text(out.resolve("report." + f.name().toLowerCase()), f);
        String shown = f == ReportTargets.Format.SARIF ? new java.net.URI(null, null, path, null).toASCIIString() : path;
        if (listedByAll || !List.of("SARIF", "GITHUB").contains(f.name())) {
          assertTrue(text.contains(shown), path + " is in the " + f + " report");
        }
        assertFalse(text.contains("\ud83d") || text.contains("\u001b"), f + " is clean text");
      }
    }
    new ObjectMapper().readTree(out.resolve("report.sarif").toFile());
    DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(out.resolve("report.junit").toFile());
  }
}
