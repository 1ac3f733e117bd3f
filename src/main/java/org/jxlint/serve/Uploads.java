package org.jxlint.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.jxlint.i18n.Messages;
import org.jxlint.report.FileReport;

/**
 * Takes the page's uploads: a batch is opened with the number of files to come, then each file
 * arrives alone as the raw request body with its name URL-encoded in {@code X-Jxlint-Name}. The
 * bytes go to a temporary file only while it is checked; nothing of it stays on disk.
 */
final class Uploads {

  static final String NAME = "X-Jxlint-Name";
  static final String COUNT = "X-Jxlint-Count";
  static final String FOLDER = "X-Jxlint-Folder";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final ServeSettings settings;
  private final Batches batches;
  private final Path temp;
  private final Annotations annotations;
  /** Files checked at once, whatever the number of pages uploading. */
  private final Semaphore checking;

  Uploads(ServeSettings settings, Batches batches, Path temp) {
    this.settings = settings;
    this.batches = batches;
    this.temp = temp;
    this.annotations = new Annotations(temp);
    this.checking = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  /** {@code POST /api/batches}: a new batch for this many files, or why not. */
  void open(HttpExchange ex) throws IOException {
    String lang = Exchanges.lang(ex, settings.lang());
    Messages m = Messages.forLanguage(lang);
    int count;
    try {
      count = Integer.parseInt(String.valueOf(ex.getRequestHeaders().getFirst(COUNT)).strip());
    } catch (NumberFormatException e) {
      count = -1;
    }
    int max = settings.limits().maxFiles();
    if (count < 1) {
      Exchanges.refuse(ex, 400, m.get("serve.refused.noFiles"));
    } else if (count > max) {
      Exchanges.refuse(ex, 413, m.get("serve.refused.tooManyFiles", count, max));
    } else {
      Batches.Batch b = batches.open(lang, count); // no more files than it said
      Exchanges.json(ex, 200, Map.of("id", b.id));
    }
  }

  /** {@code POST /api/batches/ID/files}: one file, checked; its summary for the page. */
  void file(HttpExchange ex, Batches.Batch batch) throws IOException {
    Messages m = Messages.forLanguage(batch.lang);
    String name = name(ex.getRequestHeaders().getFirst(NAME));
    int index = batch.reserve();
    if (index < 0) {
      drain(ex);
      Exchanges.refuse(ex, 413, m.get("serve.refused.tooManyFiles", batch.limit + 1,
          batch.limit));
      return;
    }
    Checked checked = take(ex, name, m);
    batch.put(index, checked);
    Exchanges.json(ex, checked.report() == null ? 422 : 200,
        Renderings.summary(index, checked, m));
  }

  private Checked take(HttpExchange ex, String name, Messages m) throws IOException {
    ServeSettings.Limits limits = settings.limits();
    if ("1".equals(ex.getRequestHeaders().getFirst(FOLDER))) {
      Optional<String> skip = settings.checker().skipInFolder(baseName(name));
      if (skip.isPresent()) {
        drain(ex);
        return Checked.skipped(name, m.get(skip.get()));
      }
    }
    byte[] body = UploadBody.read(ex.getRequestBody(),
        UploadBody.declared(ex.getRequestHeaders().getFirst("Content-Length")),
        limits.maxFileBytes());
    if (body == null) {
      return Checked.refused(name, m.get("unreadable.tooLarge", limits.maxFileMegabytes()));
    }
    String ext = extension(name);
    Path file = temp.resolve(HexFormat.of().formatHex(random()) + (ext.isEmpty() ? "" : "." + ext));
    try {
      Files.write(file, body);
      body = null; // the temporary file is the only copy while it is checked
      FileReport report = check(file, name);
      Annotations.Copy copy = annotations.make(report, file, ext, m);
      return Checked.of(name, report, copy == null ? null : copy.bytes(),
          copy == null ? null : copy.name());
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private FileReport check(Path file, String name) throws IOException {
    try {
      checking.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    try {
      return settings.checker().check(file, name);
    } catch (RuntimeException e) {
      // jxlint's own failure on this file: said on the page, and the server goes on
      return new FileReport(name, null, null, null, null, "unreadable.crash",
          List.of(e.getClass().getSimpleName()), null, List.of(), null);
    } finally {
      checking.release();
    }
  }

  private static void drain(HttpExchange ex) throws IOException {
    UploadBody.read(ex.getRequestBody(), -1, 0);
  }

  /** The name as the reviewer's machine had it (a folder's files keep their folder). */
  static String name(String header) {
    String n = header == null ? "" : Exchanges.decode(header);
    StringBuilder b = new StringBuilder();
    n.codePoints().filter(c -> !Character.isISOControl(c)).limit(300)
        .forEach(c -> b.appendCodePoint(c == '\\' ? '/' : c));
    String clean = b.toString().strip();
    return clean.isEmpty() ? "upload" : clean;
  }

  static String baseName(String name) {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The extension the readers go by, lower case; empty when there is none fit for a file name. */
  static String extension(String name) {
    String base = baseName(name);
    int dot = base.lastIndexOf('.');
    String ext = dot < 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    return ext.matches("[a-z0-9]{1,10}") ? ext : "";
  }

  private static byte[] random() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return b;
  }
}
