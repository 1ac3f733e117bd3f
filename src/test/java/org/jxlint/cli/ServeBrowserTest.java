package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.bench.Forms;
import org.jxlint.serve.WebServer;

/**
 * The reviewers' page end to end in headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs): a Word and an Excel form in seed layouts and a broken file are
 * chosen in the page, uploaded and checked; the page must show each file's highlighted cells and
 * findings as {@code jxlint check} reports them, the broken file's reason, and copy the 审核意见
 * as {@code --format text-plain} writes it. The screenshots are kept in
 * {@code target/serve-page.png} (the whole page), {@code target/serve-page-top.png} and
 * {@code target/serve-page-en.png} (its top, in Chinese and in English). Without Chromium the
 * test is skipped and says why.
 */
class ServeBrowserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DOCX = "东山县-项目.docx";
  private static final String XLSX = "桃源村-项目.xlsx";
  private static final String BROKEN = "坏的.docx";

  @TempDir Path temp;

  @Test
  @DisplayName("网页版：上传 Word、Excel 和坏文件，标出的单元格、问题条数、复制的审核意见与命令行一致")
  void aReviewerChecksFilesInThePage() throws Exception {
    assumeTrue(Files.isExecutable(Cdp.CHROMIUM), "Chromium not installed at " + Cdp.CHROMIUM
        + " (apt-get install chromium); .ci/run installs it");
    Path dir = Files.createDirectories(temp.resolve("上传"));
    Forms.docx(AnnotateTest.layout("region-columns"), dir.resolve(DOCX));
    Forms.xlsx(AnnotateTest.layout("hunan-tab-rows"), dir.resolve(XLSX));
    Files.writeString(dir.resolve(BROKEN), "这不是 Word 文件");
    List<Path> files = List.of(dir.resolve(DOCX), dir.resolve(XLSX), dir.resolve(BROKEN));

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (WebServer server = ServeCommand.open(new PrintStream(err, true, StandardCharsets.UTF_8),
        "--port", "0");
        Cdp page = Cdp.open(server.uri(), temp)) {
      page.waitFor("document.body.dataset.ready === 'true'", Duration.ofSeconds(60));
      page.allowClipboard(server.uri().toString().replaceAll("/$", ""));
      page.choose("#files", files);
      page.waitFor("document.body.dataset.state === 'done'", Duration.ofSeconds(180));

      JsonNode cards = JSON.readTree(page.eval("JSON.stringify(Array.from("
          + "document.querySelectorAll('.card')).map(function(c){"
          + "var d=c.querySelector('iframe')&&c.querySelector('iframe').contentDocument;"
          + "return {name:c.dataset.name,status:c.dataset.status,"
          + "cells:d?d.querySelectorAll('td.hit').length:0,"
          + "findings:d?d.querySelectorAll('ol.findings li').length:0,"
          + "check:d?d.body.dataset.check:null,"
          + "reason:c.querySelector('.reason').textContent,"
          + "copy:(c.querySelector('button.copy-plain')||{}).textContent||null,"
          + "links:c.querySelectorAll('.actions a').length};}))"));
      assertEquals(3, cards.size(), cards.toString());
      for (String name : List.of(DOCX, XLSX)) {
        JsonNode card = card(cards, name);
        Expected want = expected(dir.resolve(name));
        assertEquals("ok", card.get("status").asText(), name);
        assertTrue(want.cells() > 0, "the form has offending cells: " + name);
        assertEquals(want.cells(), card.get("cells").asInt(), "highlighted cells of " + name);
        assertEquals(want.findings(), card.get("findings").asInt(), "findings of " + name);
        assertEquals("ok", card.get("check").asText(), "cells and findings agree in " + name);
        assertEquals("复制审核意见", card.get("copy").asText());
        // Markdown, JSON and the annotated copy
        assertEquals(3, card.get("links").asInt(), name);
      }
      JsonNode broken = card(cards, BROKEN);
      assertEquals("unreadable", broken.get("status").asText());
      assertEquals(expected(dir.resolve(BROKEN)).reason(), broken.get("reason").asText());

      page.eval("document.querySelector('.card[data-name=\"" + DOCX
          + "\"] button.copy-plain').click()");
      page.waitFor("document.body.dataset.copied", Duration.ofSeconds(30));
      assertEquals(letter(dir.resolve(DOCX)), page.eval("document.body.dataset.copied"));

      // Only warnings hidden: no warning left in the lists, the errors still there.
      page.eval("var w=document.querySelector('#toolbar input[data-sev=warning]');w.click();''");
      String shown = page.eval("String(Array.from(document.querySelectorAll('iframe'))"
          + ".map(function(f){return Array.from(f.contentDocument.querySelectorAll("
          + "'ol.findings li.sev-warning')).filter(function(li){return li.offsetParent!==null;})"
          + ".length;}).reduce(function(a,b){return a+b;},0))");
      assertEquals("0", shown);
      page.eval("document.querySelector('#toolbar input[data-sev=warning]').click();''");

      page.eval("document.getElementById('lang').click();''");
      page.waitFor("document.querySelector('button.copy-plain').textContent === 'Copy the review'",
          Duration.ofSeconds(30));
      page.waitFor("Array.from(document.querySelectorAll('iframe')).every(function(f){"
          + "return f.contentDocument && f.contentDocument.documentElement.lang === 'en'"
          + " && f.contentDocument.body.dataset.check === 'ok';})", Duration.ofSeconds(30));
      page.screenshot(TestSupport.ROOT.resolve("target/serve-page-en.png"), 1400, 0, 1000);
      page.eval("document.getElementById('lang').click();''");
      page.waitFor("document.querySelector('button.copy-plain').textContent === '复制审核意见'",
          Duration.ofSeconds(30));
      page.waitFor("Array.from(document.querySelectorAll('iframe')).every(function(f){"
          + "return f.contentDocument && f.contentDocument.body"
          + " && f.contentDocument.body.dataset.check === 'ok';})", Duration.ofSeconds(30));
      Thread.sleep(500);

      Path shot = TestSupport.ROOT.resolve("target/serve-page.png");
      page.screenshot(shot, 1400);
      assertTrue(Files.size(shot) > 20_000, "a screenshot of the page");
      // what a reviewer sees first, at full size
      page.screenshot(TestSupport.ROOT.resolve("target/serve-page-top.png"), 1400, 0, 1000);
    }
  }

  private static JsonNode card(JsonNode cards, String name) {
    for (JsonNode c : cards) {
      if (name.equals(c.get("name").asText())) {
        return c;
      }
    }
    throw new AssertionError("no card for " + name + " in " + cards);
  }

  /** What {@code jxlint check} says of the file on its own: marked cells, findings, reason. */
  private record Expected(int cells, int findings, String reason) {}

  private Expected expected(Path file) throws Exception {
    Path html = temp.resolve("expected.html");
    Path json = temp.resolve("expected.json");
    InProcess.run("check", file.toString(), "--format", "html:" + html, "--format",
        "json:" + json);
    String page = Files.readString(html);
    JsonNode report = JSON.readTree(json.toFile()).get("files").get(0);
    return new Expected(count(page, "class=\"hit sev-"), count(page, "<li id=\"f"),
        report.path("reason").asText(""));
  }

  private String letter(Path file) throws Exception {
    Path out = Files.createDirectories(temp.resolve("letters"));
    InProcess.run("check", file.toString(), "--format", "text-plain:" + out + "/");
    try (var letters = Files.list(out)) {
      // the command line was given the whole path, the page only the file's name: no 文件： line
      return Files.readString(letters.filter(p -> p.toString().endsWith(".txt")).findFirst()
          .orElseThrow()).replaceFirst("\n文件：[^\n]*\n", "\n");
    }
  }

  private static int count(String text, String needle) {
    int n = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

}
