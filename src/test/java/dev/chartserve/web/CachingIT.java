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
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;

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
    assertEquals("nosniff", first.headers().firstValue("X-Content-Type-Options").orElseThrow());
    assertNotEquals(etag, get(base, "charts/seed-hist.png?width=301").headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void fixedDataChartsMayBeKeptForADayDatabaseChartsAreRevalidatedEachTime() throws Exception {
    HttpResponse<byte[]> fixed = get(base, "charts/seed-hist.png?width=302");
    assertEquals("public, max-age=86400", fixed.headers().firstValue("Cache-Control").orElseThrow());
    Instant date = DateTimeFormatter.RFC_1123_DATE_TIME.parse(fixed.headers().firstValue("Date").orElseThrow(), Instant::from);
    Instant expires = DateTimeFormatter.RFC_1123_DATE_TIME.parse(fixed.headers().firstValue("Expires").orElseThrow(), Instant::from);
    assertEquals(86_400, Duration.between(date, expires).toSeconds(), 2, "Expires says what max-age says");

    HttpResponse<byte[]> database = get(base, "charts/metrics.png?days=1");
    assertEquals(200, database.statusCode());
    assertEquals("no-cache", database.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(database.headers().firstValue("Expires").isEmpty(), "no Expires where every use must ask");
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
    assertEquals("public, max-age=86400", response.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(response.headers().firstValue("Expires").isPresent(), "a 304 renews the lifetime");
    assertEquals(renderedBefore, rendered(), "nothing was drawn for the 304");
  }

  @Test
  void healthNamesWhatTheBytesDependOnTheFingerprintEveryETagCarries() throws Exception {
    JsonObject fingerprint = Http.health(base).getJsonObject("fingerprint");
    assertTrue(fingerprint.getString("value").matches("[0-9a-f]{16}"), fingerprint.toString());
    assertTrue(fingerprint.getString("chartserve").matches("\\d+\\.\\d+\\.\\d+.*"), fingerprint.toString());
    assertEquals("1.5.6", fingerprint.getString("jfreechart"), fingerprint.toString());
    // The server runs on this test's JDK (java.home.for.tomcat, the WildFly's javaHome).
    assertEquals(System.getProperty("java.vendor") + " " + Runtime.version(), fingerprint.getString("java"));
    JsonObject primary = fingerprint.getJsonArray("fonts").getJsonObject(0);
    assertEquals("DejaVu Sans", primary.getString("name"));
    assertEquals("bundled", primary.getString("source"));
  }

  private long rendered() throws Exception {
    HttpResponse<byte[]> health = get(base, "charts/_health");
    return Json.createReader(new ByteArrayInputStream(health.body())).readObject()
        .getJsonObject("renders").getJsonNumber("rendered").longValue();
  }
}
