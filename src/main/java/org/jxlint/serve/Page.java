package org.jxlint.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jxlint.i18n.Messages;

/**
 * The one page and its assets, all inside the jar: {@code /} in the language asked for, with
 * {@code {{key}}} filled from the messages; {@code /assets/…}; {@code /api/info}, what the page
 * needs to switch language without losing its results.
 */
final class Page {

  private static final Pattern SLOT = Pattern.compile("\\{\\{([a-zA-Z0-9_.]+)\\}\\}");
  private static final Map<String, String> ASSETS = Map.of("page.css", "text/css",
      "page.js", "text/javascript", "embed.css", "text/css", "embed.js", "text/javascript");

  private final ServeSettings settings;

  Page(ServeSettings settings) {
    this.settings = settings;
  }

  void page(HttpExchange ex) throws IOException {
    String lang = Exchanges.lang(ex, settings.lang());
    Messages m = Messages.forLanguage(lang);
    Matcher slot = SLOT.matcher(resource("page.html"));
    StringBuilder html = new StringBuilder();
    while (slot.find()) {
      String key = slot.group(1);
      String value = switch (key) {
        case "lang" -> lang;
        case "htmlLang" -> m.isEnglish() ? "en" : "zh-CN";
        case "settings" -> settingsHtml(m);
        case "maxBytes" -> String.valueOf(settings.limits().maxFileBytes());
        case "maxFiles" -> String.valueOf(settings.limits().maxFiles());
        default -> esc(m.get(key));
      };
      slot.appendReplacement(html, Matcher.quoteReplacement(value));
    }
    slot.appendTail(html);
    Exchanges.text(ex, 200, "text/html", html.toString());
  }

  void asset(HttpExchange ex, String name) throws IOException {
    String type = ASSETS.get(name);
    if (type == null) {
      Exchanges.json(ex, 404, Map.of("status", "missing"));
      return;
    }
    Exchanges.text(ex, 200, type, resource(name));
  }

  /** The page's strings and settings in one language. */
  void info(HttpExchange ex) throws IOException {
    Messages m = Messages.forLanguage(Exchanges.lang(ex, settings.lang()));
    Map<String, String> strings = new LinkedHashMap<>();
    for (String key : m.keys("serve.")) {
      strings.put(key, m.get(key));
    }
    for (String s : List.of("error", "warning", "info")) {
      strings.put("severity." + s, m.get("severity." + s));
    }
    Map<String, Object> info = new LinkedHashMap<>();
    info.put("strings", strings);
    info.put("settings", settingsHtml(m));
    Exchanges.json(ex, 200, info);
  }

  /** The rules and limits in force, as the page lists them. */
  String settingsHtml(Messages m) {
    ServeSettings.Rules r = settings.rules();
    ServeSettings.Limits l = settings.limits();
    List<String> lines = new ArrayList<>();
    lines.add(m.get("serve.settings.rules", r.enabled(), r.total()));
    lines.add(r.configFile() == null ? m.get("serve.settings.noConfig")
        : m.get("serve.settings.config", r.configFile()));
    if (!r.changed().isEmpty()) {
      lines.add(m.get("serve.settings.changed", String.join(m.get("serve.settings.separator"),
          r.changed())));
    }
    if (r.suppressions() > 0) {
      lines.add(m.get("serve.settings.suppressions", r.suppressions()));
    }
    lines.add(r.rulesDir() == null ? m.get("serve.settings.bundledRules")
        : m.get("serve.settings.rulesDir", r.rulesDir()));
    lines.add(l.timeLimit() == null
        ? m.get("serve.settings.limits.noTime", l.maxFileMegabytes(), l.maxFiles())
        : m.get("serve.settings.limits", l.maxFileMegabytes(), l.maxFiles(), l.timeLimit()));
    lines.add(m.get("serve.settings.private"));
    StringBuilder b = new StringBuilder("<ul>");
    for (String line : lines) {
      b.append("<li>").append(esc(line)).append("</li>");
    }
    return b.append("</ul>").toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = Page.class.getResourceAsStream("/org/jxlint/serve/" + name)) {
      if (in == null) {
        throw new IOException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
