package org.jxlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.cli.Cli;
import org.jxlint.cli.Io;

/**
 * The HTML report in a real browser: headless Chromium (Debian's {@code chromium}, which
 * {@code .ci/run} installs) opens the page, the page's own script checks that every highlighted
 * cell has its findings listed with the right severity, and a screenshot is taken. On a machine
 * without Chromium the test is skipped and says why.
 */
class HtmlReportBrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Pattern CHECK = Pattern.compile("data-check=\"([^\"]*)\"");
  private static final Pattern CELLS = Pattern.compile("data-cells=\"(\\d+)\"");

  @TempDir Path temp;

  @Test
  void highlightedCellsAndFindingsAgreeInChromium() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed at " + CHROMIUM
        + " (apt-get install chromium); .ci/run installs it");
    Path page = temp.resolve("report.html");
    int exit = Cli.run(new String[] {"check",
        TestSupport.ROOT.resolve("fixtures/examples").toString(),
        TestSupport.ROOT.resolve("fixtures/layouts/hunan-tab-rows/hunan-tab-rows.txt").toString(),
        TestSupport.ROOT.resolve("fixtures/layouts/hebei-project-tables/hebei-project-tables.txt")
            .toString(),
        "--format", "html:" + page}, new Io(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), false));
    assertEquals(1, exit);
    String html = Files.readString(page);
    int marked = count(html, "class=\"hit sev-");
    assertTrue(marked > 0, "the page marks offending cells");

    String dom = chromium("--dump-dom", page.toUri().toString());
    Matcher check = CHECK.matcher(dom);
    assertTrue(check.find(), "the page's script ran");
    assertEquals("ok", check.group(1), "highlighted cells and listed findings disagree");
    Matcher cells = CELLS.matcher(dom);
    assertTrue(cells.find());
    assertEquals(marked, Integer.parseInt(cells.group(1)));

    Path shot = TestSupport.ROOT.resolve("target/html-report.png");
    chromium("--screenshot=" + shot, "--window-size=1400,1800", page.toUri().toString());
    assertTrue(Files.size(shot) > 10_000, "a screenshot of the page");
  }

  private String chromium(String... args) throws Exception {
    Path profile = Files.createTempDirectory("jxlint-chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        // A profile outside the test's folder: Chromium's helpers may write to it after it exits.
        "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).redirectError(temp.resolve("chromium.log").toFile())
          .start();
      byte[] stdout = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium did not finish");
      return new String(stdout, StandardCharsets.UTF_8);
    } finally {
      TestSupport.deleteQuietly(profile);
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
