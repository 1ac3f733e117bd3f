package org.jxlint.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jxlint.model.Comparator;
import org.jxlint.text.ValueLexicon;
import static org.jxlint.text.TextNormalizer.compact;

/**
 * The domain vocabulary of {@code lint-rules/}: frameworks, value spellings, rule lexicons. The
 * bundled copy travels in the jar; {@code --rules-dir DIR} puts a province's own files first (a file
 * missing there is taken from the bundled copy).
 */
public final class Vocabulary {

  private static final String BUNDLED = "/lint-rules/";

  /** The vocabulary files, as in {@code lint-rules/}; a folder given with --rules-dir has some. */
  public static final List<String> FILES = List.of("columns.yml", "frameworks.yml",
      "indicators.yml", "layout.yml", "prose.yml", "values.yml");

  private final Path dir;
  private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
  private final ValueLexicon values;
  private final FrameworkCatalog frameworks;
  private final LayoutLexicon layout;
  private final ColumnLexicon columns;
  private final IndicatorLexicon indicators;
  private final HeaderLexicon header;
  private final ProseLexicon prose;

  private Vocabulary(Path dir) throws ConfigException {
    this.dir = dir;
    try {
      this.values = valueLexicon(document("values.yml"));
      this.frameworks = FrameworkCatalog.from(document("frameworks.yml"));
      this.layout = LayoutLexicon.from(document("columns.yml"), document("layout.yml"));
      this.columns = ColumnLexicon.from(document("columns.yml"));
      this.indicators = IndicatorLexicon.from(document("indicators.yml"));
      this.header = HeaderLexicon.from(document("layout.yml"));
      this.prose = ProseLexicon.from(document("prose.yml"));
    } catch (RuntimeException e) {
      // Whatever a checked file still gets past RulesFiles: said once, as the folder's fault.
      throw new ConfigException("error.rulesFileBroken", dir == null ? "lint-rules" : dir,
          firstLine(e.getMessage()));
    }
  }

  /**
   * The bundled vocabulary: read once per process (it never changes), so every command, linter and
   * test shares one and its word-list caches.
   */
  public static Vocabulary bundled() {
    if (Bundled.ONE instanceof IllegalStateException broken) {
      throw broken;
    }
    return (Vocabulary) Bundled.ONE;
  }

  /**
   * Starts reading the bundled vocabulary on a thread of its own, so that a check's start-up
   * parses the YAML beside its other work instead of before it; the first {@link #bundled} waits
   * for it (the JVM lets one thread initialise a class and the others wait). Calling this more
   * than once does nothing more.
   */
  public static void preloadBundled() {
    if (PRELOADING.compareAndSet(false, true)) {
      Thread t = new Thread(Bundled::load, "vocabulary-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** The bundled vocabulary, or why it cannot be read: made when the class is first used. */
  private static final class Bundled {
    static final Object ONE = read();

    private static Object read() {
      try {
        return new Vocabulary(null);
      } catch (ConfigException | RuntimeException e) {
        return new IllegalStateException("bundled lint-rules are broken: " + e.getMessage(), e);
      }
    }

    /** Nothing but the class's initialisation, which reads the vocabulary. */
    static void load() {}
  }

  /**
   * The bundled vocabulary with a province's files first. The folder and every file in it are
   * checked before use ({@link RulesFiles}): a mistake is one configuration error with the file
   * and line, never a crash while files are checked.
   */
  public static Vocabulary fromDirectory(Path dir) throws ConfigException {
    RulesFiles.checkFolder(dir, FILES);
    return new Vocabulary(dir);
  }

  public ValueLexicon values() {
    return values;
  }

  public FrameworkCatalog frameworks() {
    return frameworks;
  }

  /** Column headers and the labels around the tables, for the readers. */
  public LayoutLexicon layout() {
    return layout;
  }

  /** The words inside indicator-table headers, for telling a column's role from its header. */
  public ColumnLexicon columns() {
    return columns;
  }

  /** What indicators mean: dimension classes, meaning words, units, directions, vague wording. */
  public IndicatorLexicon indicators() {
    return indicators;
  }

  /** The labels and words of a form's header: unit, year, kind, amounts. */
  public HeaderLexicon header() {
    return header;
  }

  /** The words for reading indicators written in sentences. */
  public ProseLexicon prose() {
    return prose;
  }

  /** A whole vocabulary document, for rules that keep their own lexicon file. */
  public JsonNode document(String fileName) throws ConfigException {
    JsonNode cached = documents.get(fileName);
    if (cached != null) {
      return cached;
    }
    JsonNode loaded = load(fileName);
    documents.put(fileName, loaded);
    return loaded;
  }

  /** A word list from a vocabulary document; missing lists are empty. */
  public List<String> words(String fileName, String key) throws ConfigException {
    return Yaml.strings(document(fileName).path(key));
  }

  private JsonNode load(String fileName) throws ConfigException {
    if (dir != null) {
      Path file = dir.resolve(fileName);
      if (Files.isRegularFile(file)) {
        return RulesFiles.read(file, fileName, bundledDocument(fileName));
      }
    }
    return bundledDocument(fileName);
  }

  private static JsonNode bundledDocument(String fileName) throws ConfigException {
    try (InputStream in = Vocabulary.class.getResourceAsStream(BUNDLED + fileName)) {
      if (in == null) {
        throw new ConfigException("error.rulesFileMissing", fileName);
      }
      return Yaml.read(in);
    } catch (IOException e) {
      throw new ConfigException("error.rulesFileBroken", fileName, firstLine(e.getMessage()));
    }
  }

  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static ValueLexicon valueLexicon(JsonNode doc) {
    Map<String, Comparator> prefixes = new LinkedHashMap<>();
    Map<String, Comparator> suffixes = new LinkedHashMap<>();
    Map<String, Comparator> column = new LinkedHashMap<>();
    Map<String, Comparator> byKey = Map.of(
        "ge", Comparator.GE, "gt", Comparator.GT, "le", Comparator.LE, "lt", Comparator.LT,
        "eq", Comparator.EQ, "qualitative", Comparator.QUALITATIVE);
    doc.path("comparators").fields().forEachRemaining(e -> {
      Comparator c = byKey.get(e.getKey());
      if (c == null) {
        return;
      }
      Yaml.strings(e.getValue().path("prefix")).forEach(w -> prefixes.put(compact(w), c));
      Yaml.strings(e.getValue().path("suffix")).forEach(w -> suffixes.put(compact(w), c));
      Yaml.strings(e.getValue().path("column")).forEach(w -> column.put(compact(w), c));
    });
    Map<String, String> aliases = new LinkedHashMap<>();
    doc.path("unit-aliases").fields().forEachRemaining(e -> aliases.put(
        compact(e.getKey()), e.getValue().asText()));
    Map<String, List<String>> families = new LinkedHashMap<>();
    doc.path("unit-families").fields().forEachRemaining(
        e -> families.put(e.getKey(), Yaml.strings(e.getValue())));
    return new ValueLexicon(prefixes, suffixes, column,
        Yaml.strings(doc.path("quantitative-column")),
        Yaml.strings(doc.path("empty-values")),
        Yaml.strings(doc.path("yes-values")),
        Yaml.strings(doc.path("no-values")),
        Yaml.strings(doc.path("qualifiers")),
        Yaml.strings(doc.path("deadline-suffixes")),
        aliases, families);
  }
}
