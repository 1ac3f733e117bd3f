package org.jxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium (Debian's {@code chromium}) driven over the DevTools protocol with the JDK's
 * own WebSocket client: enough to choose files in a page, run its script and take a screenshot,
 * with no browser download and no Node.js.
 */
final class Cdp implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private volatile WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();

  /** Chromium's profile: outside the test's folder, which its helpers may still write to. */
  private Path profile;

  private Cdp(Process process) {
    this.process = process;
  }

  /** Chromium showing {@code page} with a fresh profile of its own, its log in {@code dir}. */
  static Cdp open(URI page, Path dir) throws Exception {
    Path profile = Files.createTempDirectory("jxlint-chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--remote-allow-origins=*",
        "--remote-debugging-port=0", "--window-size=1400,1000", "--hide-scrollbars",
        "--user-data-dir=" + profile, page.toString()));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(dir.resolve("chromium.log").toFile()).start();
    try {
      Path active = profile.resolve("DevToolsActivePort");
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(active) || Files.readAllLines(active).isEmpty()) {
        if (System.nanoTime() > until || !p.isAlive()) {
          throw new IOException("Chromium did not start: " + Files.readString(
              dir.resolve("chromium.log")));
        }
        Thread.sleep(100);
      }
      int port = Integer.parseInt(Files.readAllLines(active).get(0).strip());
      HttpClient http = HttpClient.newHttpClient();
      String ws = null;
      while (ws == null) {
        JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        for (JsonNode t : targets) {
          if ("page".equals(t.path("type").asText())) {
            ws = t.path("webSocketDebuggerUrl").asText();
          }
        }
        if (ws == null) {
          Thread.sleep(100);
        }
      }
      Cdp cdp = new Cdp(p);
      cdp.profile = profile;
      cdp.socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), cdp.listener())
          .get(30, TimeUnit.SECONDS);
      return cdp;
    } catch (Exception e) {
      p.destroyForcibly();
      throw e;
    }
  }

  private WebSocket.Listener listener() {
    return new WebSocket.Listener() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          try {
            JsonNode message = JSON.readTree(text.toString());
            if (message.has("id")) {
              CompletableFuture<JsonNode> f = waiting.remove(message.get("id").asInt());
              if (f != null) {
                f.complete(message);
              }
            }
          } catch (IOException e) {
            // not for us
          }
          text.setLength(0);
        }
        ws.request(1);
        return null;
      }
    };
  }

  /** A DevTools command and its result; fails on the protocol's error. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> answer = new CompletableFuture<>();
    waiting.put(id, answer);
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
    JsonNode reply = answer.get(60, TimeUnit.SECONDS);
    if (reply.has("error")) {
      throw new IOException(method + ": " + reply.get("error"));
    }
    return reply.get("result");
  }

  /** The value of a JavaScript expression in the page (promises awaited), as text. */
  String eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "awaitPromise", true,
        "returnByValue", true));
    if (r.has("exceptionDetails")) {
      throw new IOException("script failed: " + r.get("exceptionDetails"));
    }
    JsonNode v = r.path("result").path("value");
    return v.isMissingNode() || v.isNull() ? null : v.asText();
  }

  /** Waits until the expression is true in the page (false while it cannot yet be evaluated). */
  void waitFor(String expression, Duration limit) throws Exception {
    long until = System.nanoTime() + limit.toNanos();
    while (!"true".equals(eval("(function(){try{return String(!!(" + expression
        + "));}catch(e){return 'false';}})()"))) {
      if (System.nanoTime() > until) {
        throw new AssertionError("the page never came to: " + expression);
      }
      Thread.sleep(200);
    }
  }

  /** Chooses these files in the page's file input {@code selector}, as a reviewer would. */
  void choose(String selector, List<Path> files) throws Exception {
    int root = call("DOM.getDocument", Map.of()).path("root").path("nodeId").asInt();
    int input = call("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
        .path("nodeId").asInt();
    call("DOM.setFileInputFiles", Map.of("nodeId", input,
        "files", files.stream().map(f -> f.toAbsolutePath().toString()).toList()));
  }

  /** Lets the page write to the clipboard, as a reviewer's browser does once asked. */
  void allowClipboard(String origin) {
    try {
      call("Browser.grantPermissions", Map.of("origin", origin, "permissions",
          List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
    } catch (Exception e) {
      // an older Chromium: the page then offers the text to copy by hand
    }
  }

  /** The whole page as a PNG, {@code width} pixels wide. */
  void screenshot(Path png, int width) throws Exception {
    call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 1000,
        "deviceScaleFactor", 1, "mobile", false));
    Thread.sleep(1000);
    int height = Math.min(8000, Integer.parseInt(eval(
        "String(document.documentElement.scrollHeight)")));
    screenshot(png, width, 0, height);
  }

  /** A band of the page, {@code height} pixels from {@code top}, as a PNG. */
  void screenshot(Path png, int width, int top, int height) throws Exception {
    JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", top, "width", width,
            "height", height, "scale", 1)));
    Files.createDirectories(png.getParent());
    Files.write(png, java.util.Base64.getDecoder().decode(shot.get("data").asText()));
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    // Chromium's helpers (renderer, crash handler) outlive the browser process by a moment.
    List<ProcessHandle> helpers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
      for (ProcessHandle h : helpers) {
        h.destroy();
        h.onExit().get(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      helpers.forEach(ProcessHandle::destroyForcibly);
    }
    org.jxlint.TestSupport.deleteQuietly(profile);
  }
}
