package org.jxlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The page's requests, made from a test as the page's script makes them. */
record ServeClient(URI base, HttpClient http) {

  private static final ObjectMapper JSON = new ObjectMapper();

  ServeClient(URI base) {
    this(base, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build());
  }

  /** A response: its status and its JSON body. */
  record Answer(int status, JsonNode body) {}

  /** Opens a batch for {@code count} files; its id, or the refusal. */
  Answer open(int count) throws Exception {
    return json(HttpRequest.newBuilder(base.resolve("/api/batches"))
        .header("X-Jxlint-Count", String.valueOf(count))
        .POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  String batch(int count) throws Exception {
    Answer a = open(count);
    if (a.status() != 200) {
      throw new AssertionError("batch refused: " + a.body());
    }
    return a.body().get("id").asText();
  }

  /** Uploads one file's bytes under its name; the summary the page would show. */
  Answer upload(String batch, String name, byte[] bytes) throws Exception {
    return json(HttpRequest.newBuilder(base.resolve("/api/batches/" + batch + "/files"))
        .header("X-Jxlint-Name", URLEncoder.encode(name, StandardCharsets.UTF_8)
            .replace("+", "%20"))
        .timeout(Duration.ofSeconds(120))
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
  }

  /** A GET of the page's; status and body as text. */
  HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  Answer json(HttpRequest request) throws Exception {
    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(r.statusCode(), JSON.readTree(r.body()));
  }
}
