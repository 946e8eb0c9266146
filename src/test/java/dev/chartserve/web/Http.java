package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
