package org.jxlint.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jxlint.i18n.Messages;

/**
 * {@code jxlint serve}: the reviewers' page on the JDK's own HTTP server. Every request is
 * answered on its own, so a file that is too large, broken or slow costs its own answer and the
 * server goes on serving.
 */
public final class WebServer implements AutoCloseable {

  private static final Pattern FILES = Pattern.compile("/api/batches/([0-9a-f]{32})/files");
  private static final Pattern RESULT =
      Pattern.compile("/api/batches/([0-9a-f]{32})/files/(\\d{1,4})/([a-z.]+)");

  private final ServeSettings settings;
  private final HttpServer http;
  private final ExecutorService threads;
  private final Path temp;
  private final Batches batches = new Batches();
  private final Page page;
  private final Uploads uploads;
  private final Results results;

  private WebServer(ServeSettings settings) throws IOException {
    this.settings = settings;
    this.http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 64);
    this.temp = Files.createTempDirectory("jxlint-serve-");
    this.page = new Page(settings);
    this.uploads = new Uploads(settings, batches, temp);
    this.results = new Results(settings);
    this.threads = Executors.newFixedThreadPool(16, r -> {
      Thread t = new Thread(r, "jxlint-serve");
      t.setDaemon(true);
      return t;
    });
    http.setExecutor(threads);
    http.createContext("/", this::handle);
  }

  /** Starts serving; throws when the address cannot be bound (the port is taken, say). */
  public static WebServer start(ServeSettings settings) throws IOException {
    WebServer s = new WebServer(settings);
    try {
      s.http.start();
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** The page's address, as a browser on this machine opens it. */
  public URI uri() {
    String host = settings.host();
    if (host.equals("0.0.0.0") || host.equals("::") || host.isEmpty()) {
      host = "127.0.0.1";
    }
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + http.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      Messages m = Messages.forLanguage(settings.lang());
      if (!Access.allows(ex.getRemoteAddress().getAddress(), settings.remoteAllowed())
          || !Access.hostAllowed(ex.getRequestHeaders().getFirst("Host"),
              settings.remoteAllowed())) {
        Exchanges.refuse(ex, 403, m.get("serve.refused.remote"));
        return;
      }
      try {
        route(ex);
      } catch (RuntimeException e) {
        // jxlint's own failure on one request: said to the page, and the server goes on
        Exchanges.refuse(ex, 500, m.get("serve.error.internal", e.getClass().getSimpleName()));
      }
    } catch (IOException | RuntimeException e) {
      // the browser went away (or the answer had begun when it failed): the server goes on
    }
  }

  private void route(HttpExchange ex) throws IOException {
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    boolean get = method.equals("GET") || method.equals("HEAD");
    if (get && path.equals("/")) {
      page.page(ex);
    } else if (get && path.startsWith("/assets/")) {
      page.asset(ex, path.substring("/assets/".length()));
    } else if (get && path.equals("/api/info")) {
      page.info(ex);
    } else if (method.equals("POST") && path.equals("/api/batches")) {
      uploads.open(ex);
    } else if (method.equals("POST") && FILES.matcher(path).matches()) {
      Matcher f = FILES.matcher(path);
      f.matches();
      Batches.Batch b = batches.get(f.group(1)).orElse(null);
      if (b == null) {
        Exchanges.refuse(ex, 404, Messages.forLanguage(settings.lang()).get("serve.refused.gone"));
      } else {
        uploads.file(ex, b);
      }
    } else if (get && RESULT.matcher(path).matches()) {
      Matcher r = RESULT.matcher(path);
      r.matches();
      Checked c = batches.get(r.group(1)).flatMap(b -> b.get(Integer.parseInt(r.group(2))))
          .orElse(null);
      if (c == null) {
        Exchanges.refuse(ex, 404, Messages.forLanguage(settings.lang()).get("serve.refused.gone"));
      } else {
        results.send(ex, batches.get(r.group(1)).orElseThrow(), c, r.group(3));
      }
    } else {
      Exchanges.json(ex, 404, Map.of("status", "missing"));
    }
  }

  /** Stops serving and removes the temporary folder (empty unless a check is still running). */
  @Override
  public void close() {
    if (http != null) {
      http.stop(0);
    }
    if (threads != null) {
      threads.shutdownNow();
    }
    try (Stream<Path> all = Files.walk(temp)) {
      all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // already gone
    }
  }
}
