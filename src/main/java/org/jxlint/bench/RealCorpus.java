package org.jxlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jxlint.ingest.layout.RawDocument;
import org.jxlint.ingest.layout.TextLayout;

/**
 * The benchmark's corpus: real-sized documents ({@link RealDocument}) in every layout family of
 * {@code fixtures/layouts}, each written in every format the project can write, with the defects
 * planted in each file kept beside it for the recall.
 */
public final class RealCorpus {

  /** The formats written, by file extension. */
  public static final List<String> FORMATS = List.of("txt", "docx", "xlsx", "csv", "json");

  /** One format's files and the defects planted in each. */
  public record Batch(String format, List<Path> files, Map<Path, List<RealDocument.Planted>> planted) {

    public long bytes() throws IOException {
      long n = 0;
      for (Path f : files) {
        n += Files.size(f);
      }
      return n;
    }
  }

  private RealCorpus() {}

  /** The text of each family's fixture, by family name, from {@code layouts} (fixtures/layouts). */
  public static Map<String, String> families(Path layouts) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> dirs = Files.list(layouts)) {
      for (Path dir : dirs.sorted().toList()) {
        Path text = dir.resolve(dir.getFileName() + ".txt");
        if (Files.isRegularFile(text)) {
          out.put(dir.getFileName().toString(), Files.readString(text, StandardCharsets.UTF_8));
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no layout families (name/name.txt) in " + layouts);
    }
    return out;
  }

  /**
   * Writes {@code count} documents of {@code format} into {@code dir}, the families taken in turn;
   * the same seed gives the same documents in every format.
   */
  public static Batch write(Path dir, String format, int count, long seed,
      Map<String, String> families, Corpus.DocumentWriter json) throws IOException {
    Files.createDirectories(dir);
    Random random = new Random(seed);
    List<String> names = new ArrayList<>(families.keySet());
    List<Path> files = new ArrayList<>(count);
    Map<Path, List<RealDocument.Planted>> planted = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String family = names.get(i % names.size());
      String fixture = families.get(family);
      RealDocument.Generated doc = RealDocument.generate(fixture, TextStyle.of(fixture), random);
      Path file = dir.resolve(String.format("%s-%05d.%s", family, i, format));
      if (format.equals("txt")) {
        Files.writeString(file, doc.text(), StandardCharsets.UTF_8);
      } else {
        RawDocument raw = TextLayout.read(doc.text());
        switch (format) {
          case "docx" -> Forms.docx(raw, file);
          case "xlsx" -> Forms.xlsx(raw, file);
          case "csv" -> Forms.csvGbk(raw, file);
          case "json" -> json.write(raw, file);
          default -> throw new IllegalArgumentException(format);
        }
      }
      files.add(file);
      planted.put(file, doc.planted());
    }
    return new Batch(format, files, planted);
  }
}
