package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Real HTTP against the deployed WAR, and the checks the integration tests share. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  private Http() {
  }

  static HttpResponse<byte[]> get(URL base, String path) throws Exception {
    return get(base.toURI().resolve(path));
  }

  static HttpResponse<byte[]> get(URI uri) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * GETs {@code paths} (relative to {@code base}) one after the other on one connection, then one
   * request outside the application on the same connection, and returns the statuses of
   * {@code paths}. A client has an image as soon as its {@code Content-Length} bytes are sent, while
   * the server is still ending the request (Weld's request context, the figure's close); Tomcat
   * takes a connection's requests one at a time, so once the last answer arrives every request
   * before it has ended. What a test needs before it undeploys the application.
   */
  static List<Integer> getAndSettle(URL base, String... paths) throws IOException {
    try (Socket socket = new Socket(base.getHost(), base.getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      List<Integer> statuses = new ArrayList<>();
      for (String path : paths) {
        statuses.add(exchange(out, in, base.getPath() + path, false));
      }
      exchange(out, in, "/no-such-application/", true);
      return statuses;
    }
  }

  /**
   * One request and its status; its body is read past by its {@code Content-Length} (which ChartServe
   * sends with every image and error), unless it is the last.
   */
  private static int exchange(OutputStream out, InputStream in, String path, boolean last)
      throws IOException {
    out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + (last ? "Connection: close\r\n" : "") + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String status = line(in);
    if (last) {
      return Integer.parseInt(status.split(" ")[1]);
    }
    long length = -1;
    for (String header = line(in); !header.isEmpty(); header = line(in)) {
      String lower = header.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) {
        length = Long.parseLong(lower.substring("content-length:".length()).trim());
      }
    }
    if (length < 0) {
      throw new IOException("no Content-Length in the answer to " + path + ": " + status);
    }
    in.skipNBytes(length);
    return Integer.parseInt(status.split(" ")[1]);
  }

  /** One line of ASCII, without its CRLF. */
  private static String line(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new IOException("connection closed in the middle of a line: " + line);
      }
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return line.toString();
  }

  /**
   * Waits (at most 60 s) until the requests the application sends itself after start have ended and
   * returns {@code /charts/_health}'s {@code warmUpRequests}: tests that count renders must not race
   * them.
   */
  static JsonObject awaitWarmUp(URL base) throws Exception {
    return awaitHealth(base, Duration.ofSeconds(60),
        health -> !"PENDING".equals(health.getJsonObject("warmUpRequests").getString("state")))
        .getJsonObject("warmUpRequests");
  }

  /** {@code /charts/_health}, which must answer 200. */
  static JsonObject health(URL base) throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/_health");
    assertEquals(200, response.statusCode());
    return Json.createReader(new ByteArrayInputStream(response.body())).readObject();
  }

  /** Polls {@code /charts/_health} until {@code condition} holds and returns it; fails after {@code patience}. */
  static JsonObject awaitHealth(URL base, Duration patience, Predicate<JsonObject> condition) throws Exception {
    long giveUp = System.nanoTime() + patience.toNanos();
    JsonObject health = health(base);
    while (!condition.test(health)) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("health never showed the expected state within " + patience + ": " + health);
      }
      Thread.sleep(20); // polling another process's state: a bounded wait, not a timing assumption
      health = health(base);
    }
    return health;
  }

  static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("(none)");
  }

  static BufferedImage image(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertNotNull(image, "the body decodes as an image");
    return image;
  }

  /** Asserts a problem+json response of {@code status} and returns its body. */
  static JsonObject problem(HttpResponse<byte[]> response, int status) {
    assertEquals(status, response.statusCode(), new String(response.body()));
    assertEquals("application/problem+json", contentType(response));
    JsonObject problem = Json.createReader(new ByteArrayInputStream(response.body())).readObject();
    assertEquals(status, problem.getInt("status"));
    return problem;
  }
}
