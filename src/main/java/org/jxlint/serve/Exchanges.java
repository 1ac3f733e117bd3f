package org.jxlint.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Answers to the page: bytes with their type, never cached, never framed by another site. */
final class Exchanges {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Nothing but this server: no CDN, no fonts from the network (the page works offline, and a
   * hostile file's text can never make the browser fetch anything).
   */
  private static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
      + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
      + "frame-ancestors 'self'; form-action 'self'";

  private Exchanges() {}

  static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Type", type);
    h.set("Cache-Control", "no-store");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Content-Security-Policy", POLICY);
    h.set("Referrer-Policy", "no-referrer");
    boolean head = "HEAD".equals(ex.getRequestMethod());
    ex.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  static void text(HttpExchange ex, int status, String type, String body) throws IOException {
    send(ex, status, type + "; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  static void json(HttpExchange ex, int status, Object value) throws IOException {
    send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(value));
  }

  /** A message for the page: {@code {"status": …, "reason": …}}. */
  static void refuse(HttpExchange ex, int status, String why) throws IOException {
    json(ex, status, Map.of("status", "refused", "reason", why));
  }

  /** Makes the browser save the answer under {@code name} rather than show it. */
  static void attachment(HttpExchange ex, String name) {
    ex.getResponseHeaders().set("Content-Disposition", "attachment; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  static Map<String, String> query(HttpExchange ex) {
    Map<String, String> q = new HashMap<>();
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) {
      return q;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = eq < 0 ? pair : pair.substring(0, eq);
      String v = eq < 0 ? "" : pair.substring(eq + 1);
      q.put(decode(k), decode(v));
    }
    return q;
  }

  static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  /** {@code zh} or {@code en}: the query's {@code lang}, else the fallback. */
  static String lang(HttpExchange ex, String fallback) {
    String l = query(ex).get("lang");
    return "en".equals(l) || "zh".equals(l) ? l : fallback;
  }
}
