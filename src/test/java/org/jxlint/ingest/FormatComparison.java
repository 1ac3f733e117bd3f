package org.jxlint.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jxlint.TestSupport;
import org.jxlint.bench.Forms;
import org.jxlint.check.Finding;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleSelection;
import org.jxlint.ingest.layout.Charsets;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextLayout;
import org.jxlint.model.Submission;
import org.jxlint.text.TextNormalizer;

/**
 * A measurement, not a test: every text document of the folders given written in the six formats
 * a reviewer receives (.docx and .xlsx with merged cells by jxlint's form writer, then .doc, PDF,
 * .xls and a GBK .csv by LibreOffice, as {@link OfficeRoundTripTest} makes them), each read and
 * checked, and compared with the reading and the findings of the text. Prints, per format, the
 * documents read identically, the indicator rows read identically and the documents with the
 * same findings; {@code SHOW=1} lists every difference. Run after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     org.jxlint.ingest.FormatComparison ../shared/corpus ../shared/seeds
 * </pre>
 *
 * <p>The corpus's annotation lines before the document ({@code # source: …}, {@code # layout: …})
 * are not part of it and are written into no format: the text compared with is the document as
 * published. (Written into a PDF as a paragraph, such a line that happens to end at the right
 * margin cannot be told from one wrapped there, and the document's first line is read as its end.)
 *
 * <p>A text that stops in the middle of a row (a copy cut off) is not compared on that row's
 * reading note: an office file holds the row whole, with its empty cells, and its findings
 * about them are the right ones there.
 */
public final class FormatComparison {

  private static final String[] FORMATS = {"docx", "xlsx", "xls", "csv", "doc", "pdf"};
  private static final boolean SHOW = System.getenv("SHOW") != null;
  private static final Pattern ANNOTATION =
      Pattern.compile("# (source|layout):");

  private FormatComparison() {}

  public static void main(String[] args) throws Exception {
    List<Path> texts = new ArrayList<>();
    for (String dir : args) {
      try (Stream<Path> s = Files.list(Path.of(dir))) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
      }
    }
    Path work = Files.createTempDirectory("jxlint-formats");
    texts = documents(texts, Files.createDirectories(work.resolve("txt")));
    write(texts, work);
    Linter linter = new Linter(TestSupport.REGISTRY, RuleSelection.defaults(),
        TestSupport.VOCABULARY);
    Map<String, int[]> totals = new LinkedHashMap<>();
    for (String f : FORMATS) {
      totals.put(f, new int[5]);
    }
    for (Path text : texts) {
      Submission read = LayoutFixturesTest.read(text);
      boolean cut = read.readingNotes().stream().anyMatch(n -> n.kind().equals("cut-short"));
      JsonNode expected = comparable(read);
      List<String> expectedRows = rows(expected);
      List<String> expectedFindings = findings(linter.lint(read));
      for (String f : FORMATS) {
        int[] t = totals.get(f);
        Path file = work.resolve(f.equals("docx") || f.equals("xlsx") ? "forms" : f)
            .resolve(stem(text) + "." + f);
        Submission other;
        try {
          other = LayoutFixturesTest.read(file);
        } catch (Throwable e) {
          System.out.println("UNREAD " + f + " " + stem(text) + ": " + e.getMessage());
          t[0]++;
          t[2] += expectedRows.size();
          continue;
        }
        JsonNode actual = comparable(other);
        List<String> left = new ArrayList<>(rows(actual));
        int same = 0;
        for (String r : expectedRows) {
          same += left.remove(r) ? 1 : 0;
        }
        boolean identical = expected.equals(actual);
        t[0]++;
        t[1] += identical ? 1 : 0;
        t[2] += expectedRows.size();
        t[3] += same;
        List<String> otherFindings = findings(linter.lint(other));
        boolean sameFindings = cut || otherFindings.equals(expectedFindings);
        t[4] += sameFindings ? 1 : 0;
        if (!identical || !sameFindings) {
          System.out.println("DIFF " + f + " " + stem(text) + ": rows " + same + "/"
              + expectedRows.size() + ", extra " + left.size()
              + (sameFindings ? "" : ", findings differ"));
          if (SHOW) {
            show(expected, actual, expectedFindings, otherFindings);
          }
        }
      }
    }
    for (Map.Entry<String, int[]> e : totals.entrySet()) {
      int[] t = e.getValue();
      System.out.printf("%-5s documents %d/%d (%.0f%%)  rows %d/%d (%.1f%%)  same findings %d/%d%n",
          e.getKey(), t[1], t[0], 100.0 * t[1] / Math.max(1, t[0]), t[3], t[2],
          100.0 * t[3] / Math.max(1, t[2]), t[4], t[0]);
    }
  }

  /** Each text without the corpus's annotation lines before it, written in {@code dir}. */
  private static List<Path> documents(List<Path> texts, Path dir) throws Exception {
    List<Path> out = new ArrayList<>();
    for (Path t : texts) {
      List<String> lines = new ArrayList<>(List.of(
          Charsets.decode(Files.readAllBytes(t)).split("\n", -1)));
      while (!lines.isEmpty() && ANNOTATION.matcher(lines.get(0)).lookingAt()) {
        lines.remove(0);
      }
      Path copy = dir.resolve(t.getFileName());
      Files.writeString(copy, String.join("\n", lines));
      out.add(copy);
    }
    return out;
  }

  /** The .docx and .xlsx of every text, and what LibreOffice makes of them. */
  private static void write(List<Path> texts, Path work) throws Exception {
    Path forms = Files.createDirectories(work.resolve("forms"));
    for (Path t : texts) {
      RawDocument raw = TextLayout.read(Charsets.decode(Files.readAllBytes(t)));
      Forms.docx(raw, forms.resolve(stem(t) + ".docx"));
      Forms.xlsx(raw, forms.resolve(stem(t) + ".xlsx"));
    }
    String soffice = LibreOfficeBatch.soffice();
    if (soffice == null || !LibreOfficeBatch.convert(soffice, forms, work, 1800)) {
      System.out.println("LibreOffice " + (soffice == null ? "is not installed" : "took too long"));
    }
  }

  /** The model without locations and layout, spaces beside Chinese aside, no cut-short note. */
  private static JsonNode comparable(Submission s) {
    JsonNode tree = LayoutFixturesTest.comparable(CanonicalTree.of(s));
    if (tree instanceof ObjectNode o && o.get("readingNotes") instanceof ArrayNode notes) {
      ArrayNode kept = o.arrayNode();
      notes.forEach(n -> {
        if (!"cut-short".equals(n.path("kind").asText())) {
          kept.add(n);
        }
      });
      if (kept.isEmpty()) {
        o.remove("readingNotes");
      } else {
        o.set("readingNotes", kept);
      }
    }
    return tree;
  }

  private static List<String> rows(JsonNode tree) {
    List<String> out = new ArrayList<>();
    for (JsonNode t : tree.path("tables")) {
      t.path("indicators").forEach(i -> out.add(i.toString()));
    }
    return out;
  }

  /** What a finding says, wherever it stands: rule, severity, evidence and message. */
  private static List<String> findings(List<Finding> found) {
    return found.stream().map(f -> f.rule() + " " + f.severity() + " "
        + TextNormalizer.despace(f.evidence()) + " " + f.messageKey() + " "
        + TextNormalizer.despace(String.join("|", f.args())))
        .sorted().toList();
  }

  private static void show(JsonNode expected, JsonNode actual, List<String> expectedFindings,
      List<String> otherFindings) {
    List<String> missing = new ArrayList<>(rows(expected));
    rows(actual).forEach(missing::remove);
    List<String> extra = new ArrayList<>(rows(actual));
    rows(expected).forEach(extra::remove);
    missing.forEach(r -> System.out.println("   - " + r));
    extra.forEach(r -> System.out.println("   + " + r));
    java.util.Set<String> fields = new java.util.LinkedHashSet<>();
    expected.fieldNames().forEachRemaining(fields::add);
    actual.fieldNames().forEachRemaining(fields::add);
    JsonNode et = expected.path("tables");
    JsonNode at = actual.path("tables");
    for (int i = 0; i < Math.max(et.size(), at.size()); i++) {
      JsonNode e = et.path(i).deepCopy();
      JsonNode a = at.path(i).deepCopy();
      if (e instanceof ObjectNode eo) {
        eo.remove("indicators");
      }
      if (a instanceof ObjectNode ao) {
        ao.remove("indicators");
      }
      if (!e.equals(a)) {
        System.out.println("   table " + (i + 1) + ": " + e + "\n   got: " + a);
      }
    }
    fields.forEach(k -> {
      if (!k.equals("tables") && !java.util.Objects.equals(expected.get(k), actual.get(k))) {
        System.out.println("   " + k + ": " + expected.get(k) + "\n   got: " + actual.get(k));
      }
    });
    List<String> lost = new ArrayList<>(expectedFindings);
    otherFindings.forEach(lost::remove);
    List<String> added = new ArrayList<>(otherFindings);
    expectedFindings.forEach(added::remove);
    lost.forEach(f -> System.out.println("   finding - " + f));
    added.forEach(f -> System.out.println("   finding + " + f));
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    return n.substring(0, n.lastIndexOf('.'));
  }
}
