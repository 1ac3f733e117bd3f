package org.jxlint.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;
import org.jxlint.i18n.Messages;
import org.jxlint.report.FileReport;
import org.jxlint.report.ReviewLetters;

/**
 * {@code GET /api/batches/ID/files/N/WHAT}: one checked file as the page shows or downloads it —
 * {@code report.html}, {@code letter.txt}, {@code letter.md}, {@code report.json},
 * {@code annotated}
 * — in the language the page asks for ({@code ?lang=}); {@code ?download=1} saves it as a file.
 */
final class Results {

  private final ServeSettings settings;

  Results(ServeSettings settings) {
    this.settings = settings;
  }

  void send(HttpExchange ex, Batches.Batch batch, Checked c, String what) throws IOException {
    String lang = Exchanges.lang(ex, batch.lang);
    Messages m = Messages.forLanguage(lang);
    FileReport r = c.report();
    if (r == null) {
      Exchanges.refuse(ex, 404, c.refusal());
      return;
    }
    boolean download = "1".equals(Exchanges.query(ex).get("download"));
    String stem = stem(Uploads.baseName(c.name()));
    String letter = stem + "." + m.get("letter.suffix");
    switch (what) {
      case "report.html" -> Exchanges.text(ex, 200, "text/html", Renderings.html(r, m));
      case "summary" -> Exchanges.json(ex, 200, Renderings.summary(-1, c, m));
      case "letter.txt" -> {
        if (download) {
          Exchanges.attachment(ex, letter + ".txt");
        }
        Exchanges.text(ex, 200, "text/plain", ReviewLetters.plain(m, r));
      }
      case "letter.md" -> {
        if (download) {
          Exchanges.attachment(ex, letter + ".md");
        }
        Exchanges.text(ex, 200, "text/markdown", ReviewLetters.markdown(m, r));
      }
      case "report.json" -> {
        if (download) {
          Exchanges.attachment(ex, stem + ".jxlint.json");
        }
        Exchanges.send(ex, 200, "application/json; charset=utf-8",
            Renderings.json(r, m, settings.version()));
      }
      case "annotated" -> {
        if (c.annotated() == null) {
          Exchanges.refuse(ex, 404, m.get("serve.noAnnotated"));
          return;
        }
        Exchanges.attachment(ex, c.annotatedName());
        Exchanges.send(ex, 200, "application/octet-stream", c.annotated());
      }
      default -> Exchanges.json(ex, 404, Map.of("status", "missing"));
    }
  }

  private static String stem(String base) {
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
