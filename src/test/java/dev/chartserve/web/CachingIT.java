package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpClient;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;

/** Strong ETags, 304s that draw nothing, Cache-Control and the safety headers, over HTTP. */
class CachingIT extends OnDemoWar {
  @Test
  void aChartHasAStrongETagAndTheSameBytesEveryTime() throws Exception {
    HttpResponse<byte[]> first = get(base, "charts/seed-hist.png?width=300");
    HttpResponse<byte[]> second = get(base, "charts/seed-hist.png?width=300");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertTrue(etag.matches("\"[A-Za-z0-9_-]{27}\""), etag);
    assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
    assertArrayEquals(first.body(), second.body(), "deterministic bytes");
    assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
    assertEquals("nosniff", first.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertNotEquals(etag, get(base, "charts/seed-hist.png?width=301").headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void ifNoneMatchGetsA304WithoutDrawing() throws Exception {
    String etag = get(base, "charts/seed-hist.png").headers().firstValue("ETag").orElseThrow();
    long renderedBefore = rendered();

    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(base.toURI().resolve("charts/seed-hist.png"))
            .header("If-None-Match", etag).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(304, response.statusCode());
    assertEquals(0, response.body().length);
    assertEquals(etag, response.headers().firstValue("ETag").orElseThrow());
    assertEquals(renderedBefore, rendered(), "nothing was drawn for the 304");
  }

  private long rendered() throws Exception {
    HttpResponse<byte[]> health = get(base, "charts/_health");
    return Json.createReader(new ByteArrayInputStream(health.body())).readObject()
        .getJsonObject("renders").getJsonNumber("rendered").longValue();
  }
}
