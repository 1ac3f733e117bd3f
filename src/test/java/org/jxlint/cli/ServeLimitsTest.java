package org.jxlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxlint.TestSupport;
import org.jxlint.bench.Forms;
import org.jxlint.check.Linter;
import org.jxlint.check.RuleSelection;
import org.jxlint.config.ProjectConfig;
import org.jxlint.ingest.Ingestor;
import org.jxlint.ingest.SubmissionReader;
import org.jxlint.ingest.UnreadableException;
import org.jxlint.model.Submission;
import org.jxlint.serve.ServeSettings;
import org.jxlint.serve.WebServer;

/**
 * The page's limits, through its own requests: what is too large, too many, unreadable, slow or
 * someone else's is refused with a message for the page, and the server goes on serving.
 */
class ServeLimitsTest {

  private static final byte[] FORM = read("fixtures/examples/青山镇-2026-部门整体.json");
  private static final byte[] REVISED = read("fixtures/examples/青山镇-2026-修改后.json");

  @TempDir static Path temp;
  private static WebServer server;
  private static ServeClient page;
  private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();

  @BeforeAll
  static void start() throws Exception {
    server = ServeCommand.open(new PrintStream(ERR, true, StandardCharsets.UTF_8), "--port", "0");
    page = new ServeClient(server.uri());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  @DisplayName("只在本机：默认地址是 127.0.0.1，别的主机名的请求被拒绝")
  void servesThisMachineOnly() throws Exception {
    assertEquals("127.0.0.1", server.uri().getHost());
    assertEquals("", ERR.toString(StandardCharsets.UTF_8), "no warning without --host");
    assertEquals(200, page.get("/").statusCode());
    // a page elsewhere reaching the server by a name that resolves to 127.0.0.1
    assertEquals("HTTP/1.1 403 Forbidden", statusLine(server.uri().getPort(),
        "jxlint.example.com"));
    assertEquals("HTTP/1.1 200 OK", statusLine(server.uri().getPort(), "localhost"));
  }

  @Test
  @DisplayName("超过 20 MB 的文件：页面得到“文件过大”，服务器照常工作")
  void anOversizedUploadIsRefused() throws Exception {
    String batch = page.batch(2);
    ServeClient.Answer big = page.upload(batch, "大表.xlsx", new byte[21 * 1024 * 1024]);
    assertEquals(422, big.status());
    assertEquals("refused", big.body().get("status").asText());
    assertEquals("文件过大（超过 20 MB）。", big.body().get("reason").asText());
    ServeClient.Answer next = page.upload(batch, "青山镇.json", FORM);
    assertEquals("ok", next.body().get("status").asText(), next.body().toString());
  }

  @Test
  @DisplayName("一次 50 个文件都查完；超过声明的个数、超过 200 个都被拒绝")
  void fiftyFilesAtOnce() throws Exception {
    String batch = page.batch(50);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ServeClient.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String name = String.format("乡镇%02d.json", i);
        answers.add(pool.submit(() -> page.upload(batch, name, FORM)));
      }
      Set<Integer> numbers = new HashSet<>();
      for (Future<ServeClient.Answer> a : answers) {
        JsonNode s = a.get().body();
        assertEquals("ok", s.get("status").asText(), s.toString());
        assertEquals(4, s.get("errors").asInt(), s.toString());
        numbers.add(s.get("index").asInt());
      }
      assertEquals(50, numbers.size());
    } finally {
      pool.shutdownNow();
    }
    ServeClient.Answer more = page.upload(batch, "第51个.json", FORM);
    assertEquals(413, more.status());
    ServeClient.Answer tooMany = page.open(201);
    assertEquals(413, tooMany.status());
    assertEquals("一次选了 201 个文件，超过了每次 200 个的上限。请分批上传。",
        tooMany.body().get("reason").asText());
  }

  @Test
  @DisplayName("两个人同时上传：各自只看到自己的文件和结果")
  void twoUploadsInParallelAreIsolated() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    CompletableFuture<String[]> a = CompletableFuture.supplyAsync(() -> upload(go, "甲.json", FORM));
    CompletableFuture<String[]> b = CompletableFuture.supplyAsync(() -> upload(go, "乙.json",
        REVISED));
    go.countDown();
    String[] first = a.get();
    String[] second = b.get();
    assertTrue(!first[0].equals(second[0]), "each upload has its own batch");
    String mine = page.get("/api/batches/" + first[0] + "/files/0/letter.txt").body();
    String theirs = page.get("/api/batches/" + second[0] + "/files/0/letter.txt").body();
    assertTrue(mine.contains("甲.json") && !mine.contains("乙.json"), mine);
    assertTrue(theirs.contains("乙.json") && !theirs.contains("甲.json"), theirs);
    assertTrue(!mine.equals(theirs.replace("乙", "甲")), "each got its own file's findings");
    assertEquals(404, page.get("/api/batches/" + second[0] + "/files/1/letter.txt").statusCode());
    assertEquals(404, page.get("/api/batches/" + "0".repeat(32) + "/files/0/letter.txt")
        .statusCode());
  }

  private static String[] upload(CountDownLatch go, String name, byte[] bytes) {
    try {
      String batch = page.batch(1);
      go.await();
      ServeClient.Answer answer = page.upload(batch, name, bytes);
      return new String[] {batch, answer.body().get("status").asText()};
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("不支持的、损坏的、加密的文件和文件夹里的临时文件：页面上各有说明")
  void unreadableFilesAreSaidOnThePage() throws Exception {
    Path plain = temp.resolve("plain.xlsx");
    Forms.xlsx(AnnotateTest.layout("hunan-tab-rows"), plain);
    String batch = page.batch(5);
    assertEquals("unsupported", reasonCode(page.upload(batch, "程序.exe", new byte[] {'M', 'Z', 1})));
    assertEquals("not-office", reasonCode(page.upload(batch, "坏的.docx",
        "这不是 Word 文件".getBytes(StandardCharsets.UTF_8))));
    assertEquals("encrypted", reasonCode(page.upload(batch, "加密.xlsx", encrypted())));
    ServeClient.Answer lock = page.json(java.net.http.HttpRequest.newBuilder(
        server.uri().resolve("/api/batches/" + batch + "/files"))
        .header("X-Jxlint-Name", java.net.URLEncoder.encode("单位/~$表.docx",
            StandardCharsets.UTF_8))
        .header("X-Jxlint-Folder", "1")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})).build());
    assertEquals("skipped", lock.body().get("status").asText(), lock.body().toString());
    ServeClient.Answer fine = page.upload(batch, "桃源村.xlsx", Files.readAllBytes(plain));
    assertEquals("ok", fine.body().get("status").asText());
    assertTrue(fine.body().get("annotated").asText().endsWith(".xlsx"), fine.body().toString());
    var annotated = page.http().send(java.net.http.HttpRequest.newBuilder(server.uri().resolve(
        "/api/batches/" + batch + "/files/" + fine.body().get("index").asInt() + "/annotated"))
        .build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, annotated.statusCode());
    assertTrue(annotated.body().length > 1000, "the annotated workbook");
  }

  @Test
  @DisplayName("超时（-Djxlint.timeout）：这份文件算无法读取，服务器照常工作")
  void aFileOverTheTimeLimitIsStopped() throws Exception {
    // a reader that takes for ever: only the watchdog ends it
    SubmissionReader endless = new SubmissionReader() {
      @Override
      public Set<String> extensions() {
        return Set.of("slow", "json");
      }

      @Override
      public Submission read(Path file, String displayPath) throws UnreadableException {
        if (file.toString().endsWith(".json")) {
          return TestSupport.CANONICAL.read(file, displayPath);
        }
        try {
          Thread.sleep(600_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new UnreadableException("unreadable.io", "interrupted");
      }
    };
    Linter linter = new Linter(TestSupport.REGISTRY, RuleSelection.defaults(),
        TestSupport.VOCABULARY);
    ServeSettings settings = new ServeSettings("127.0.0.1", 0, false, "zh", "test",
        new ServeChecks(new Ingestor(List.of(endless)), linter, new Waivers(ProjectConfig.none(), TestSupport.REGISTRY)),
        new ServeSettings.Rules(null, null, 1, 1, List.of(), 0),
        new ServeSettings.Limits(ServeSettings.Limits.DEFAULT_MAX_FILE_BYTES, 5, "0.5"));
    try (WebServer slow = WebServer.start(settings)) {
      ServeClient client = new ServeClient(slow.uri());
      String batch = client.batch(2);
      String before = System.getProperty("jxlint.timeout");
      System.setProperty("jxlint.timeout", "0.5");
      ServeClient.Answer late;
      try {
        late = client.upload(batch, "慢.slow", new byte[] {1});
      } finally {
        if (before == null) {
          System.clearProperty("jxlint.timeout");
        } else {
          System.setProperty("jxlint.timeout", before);
        }
      }
      assertEquals("timeout", reasonCode(late));
      assertTrue(late.body().get("reason").asText().contains("0.5 秒"), late.body().toString());
      JsonNode fast = client.upload(batch, "快.json", FORM).body();
      assertEquals("ok", fast.get("status").asText(), fast.toString());
    }
  }

  @Test
  @DisplayName("--host：给出即表示同意其他电脑访问，并有提醒")
  void anotherAddressOnlyWithAWarning() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (WebServer shared = ServeCommand.open(new PrintStream(err, true, StandardCharsets.UTF_8),
        "--port", "0", "--host", "127.0.0.1")) {
      assertTrue(err.toString(StandardCharsets.UTF_8).contains("其他电脑也能打开"), err.toString(
          StandardCharsets.UTF_8));
      assertEquals(200, new ServeClient(shared.uri()).get("/").statusCode());
    }
  }

  @Test
  @DisplayName("与命令行相同的配置：--config 关掉的规则不报，页面的“检查设置”写明")
  void theCommandLinesSettingsApplyAndAreShown() throws Exception {
    Path config = temp.resolve("审核设置.yml");
    Files.writeString(config, "rules:\n  empty-value: off\n");
    try (WebServer configured = ServeCommand.open(new PrintStream(new ByteArrayOutputStream(),
        true, StandardCharsets.UTF_8), "--port", "0", "--config", config.toString())) {
      ServeClient client = new ServeClient(configured.uri());
      JsonNode s = client.upload(client.batch(1), "青山镇.json", FORM).body();
      assertEquals(0, s.get("errors").asInt(), "empty-value is off: " + s);
      String html = client.get("/").body();
      assertTrue(html.contains("配置文件：" + config.toAbsolutePath()), html);
      assertTrue(html.contains("empty-value: off"), html);
    }
  }

  /** The status line of a GET with this Host header (the JDK's client will not send one). */
  static String statusLine(int port, String host) throws Exception {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
    }
  }

  private static String reasonCode(ServeClient.Answer a) {
    assertEquals("unreadable", a.body().get("status").asText(), a.body().toString());
    assertTrue(!a.body().get("reason").asText().isBlank());
    return a.body().get("reasonCode").asText();
  }

  /**
   * What a password-protected .xlsx is to a reader: an OLE2 container holding the encrypted
   * package (BadInputTest makes one with Office's real encryption).
   */
  private static byte[] encrypted() throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]),
          Decryptor.DEFAULT_POIFS_ENTRY);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }

  private static byte[] read(String path) {
    try {
      return Files.readAllBytes(TestSupport.ROOT.resolve(path));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
