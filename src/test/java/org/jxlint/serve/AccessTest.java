package org.jxlint.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.jxlint.report.FileReport;

/** Who may use the page, and that nothing of an upload stays on disk. */
class AccessTest {

  /** Checks nothing; remembers where each upload was while it was checked, and that it was. */
  private static class Recorder implements Checker {
    final List<Path> seen = new CopyOnWriteArrayList<>();
    final List<Boolean> existed = new CopyOnWriteArrayList<>();

    @Override
    public FileReport check(Path file, String name) {
      seen.add(file);
      existed.add(Files.isRegularFile(file));
      return new FileReport(name, "json", null, null, null, null, List.of(), null, List.of(),
          null);
    }

    @Override
    public Optional<String> skipInFolder(String name) {
      return Optional.empty();
    }
  }

  private static ServeSettings settings(String host, boolean remote, Checker checker) {
    return new ServeSettings(host, 0, remote, "zh", "test", checker,
        new ServeSettings.Rules(null, null, 1, 1, List.of(), 0),
        new ServeSettings.Limits(1024, 5, "30"));
  }

  @Test
  @DisplayName("默认只接受本机的请求；给出 --host 后才接受其他地址")
  void otherAddressesAreRefusedByDefault() throws Exception {
    assertTrue(Access.allows(InetAddress.getByName("127.0.0.1"), false));
    assertTrue(Access.allows(InetAddress.getByName("::1"), false));
    assertFalse(Access.allows(InetAddress.getByName("192.168.1.20"), false));
    assertFalse(Access.allows(InetAddress.getByName("10.0.0.5"), false));
    assertFalse(Access.allows(null, false));
    assertTrue(Access.allows(InetAddress.getByName("192.168.1.20"), true));
  }

  @Test
  @DisplayName("Host 头只能是本机的名字（另一个网站借域名指向 127.0.0.1 也进不来）")
  void onlyThisMachinesNamesInTheHostHeader() {
    for (String ok : List.of("127.0.0.1:8080", "localhost", "LOCALHOST:80", "[::1]:8080")) {
      assertTrue(Access.hostAllowed(ok, false), ok);
    }
    for (String bad : List.of("evil.example:8080", "127.0.0.1.evil.example", "")) {
      assertFalse(Access.hostAllowed(bad, false), bad);
    }
    assertFalse(Access.hostAllowed(null, false));
    assertTrue(Access.hostAllowed("jxlint.intranet:8080", true));
  }

  @Test
  @DisplayName("监听所有地址但没有允许时，来自本机以外地址的请求被拒绝（403）")
  void aRequestFromAnotherAddressIsRefused() throws Exception {
    InetAddress outside = nonLoopback();
    assumeTrue(outside != null, "this machine has no address but loopback to test from");
    try (WebServer server = WebServer.start(settings("0.0.0.0", false, new Recorder()))) {
      int port = server.uri().getPort();
      assertEquals("HTTP/1.1 403 Forbidden", status(outside, port, outside.getHostAddress()));
      assertEquals("HTTP/1.1 200 OK", status(InetAddress.getLoopbackAddress(), port,
          "127.0.0.1"));
    }
  }

  @Test
  @DisplayName("上传的文件只在检查时存在，查完即删")
  void nothingOfAnUploadStaysOnDisk() throws Exception {
    Recorder recorder = new Recorder();
    try (WebServer server = WebServer.start(settings("127.0.0.1", false, recorder))) {
      String id = post(server, "/api/batches", "X-Jxlint-Count: 1", new byte[0]);
      id = id.replaceAll("(?s).*\"id\":\"([0-9a-f]+)\".*", "$1");
      String answer = post(server, "/api/batches/" + id + "/files", "X-Jxlint-Name: a.json",
          "{}".getBytes(StandardCharsets.UTF_8));
      assertEquals(List.of(true), recorder.existed, answer);
      assertFalse(Files.exists(recorder.seen.get(0)), "the upload is deleted once checked");
    }
  }

  @Test
  @DisplayName("jxlint 自己在某个文件上出错：页面得到说明，服务器照常工作")
  void aFailureOnOneFileLeavesTheServerServing() throws Exception {
    Checker failing = new Recorder() {
      @Override
      public FileReport check(Path file, String name) {
        throw new IllegalStateException("a bug");
      }
    };
    try (WebServer server = WebServer.start(settings("127.0.0.1", false, failing))) {
      String id = post(server, "/api/batches", "X-Jxlint-Count: 1", new byte[0])
          .replaceAll("(?s).*\"id\":\"([0-9a-f]+)\".*", "$1");
      String answer = post(server, "/api/batches/" + id + "/files", "X-Jxlint-Name: a.json",
          "{}".getBytes(StandardCharsets.UTF_8));
      assertTrue(answer.contains("\"reasonCode\":\"internal-error\""), answer);
      assertEquals("HTTP/1.1 200 OK", status(InetAddress.getLoopbackAddress(),
          server.uri().getPort(), "127.0.0.1"));
    }
  }

  private static String post(WebServer server, String path, String header, byte[] body)
      throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.uri().getPort())) {
      s.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + header
          + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.UTF_8));
      s.getOutputStream().write(body);
      return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String status(InetAddress from, int port, String host) throws Exception {
    try (Socket s = new Socket(from, port)) {
      s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: " + host
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      return new BufferedReader(new InputStreamReader(s.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
    }
  }

  private static InetAddress nonLoopback() throws Exception {
    for (NetworkInterface n : java.util.Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!n.isUp() || n.isLoopback()) {
        continue;
      }
      for (InetAddress a : java.util.Collections.list(n.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          return a;
        }
      }
    }
    return null;
  }
}
