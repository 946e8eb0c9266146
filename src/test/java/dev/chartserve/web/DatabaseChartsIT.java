package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/**
 * The demo's charts that read a real database (H2 through Tomcat's pool from the WAR's context.xml,
 * WildFly's own datasource): their ETag follows the data, over real HTTP on every server.
 */
class DatabaseChartsIT extends OnDemoWar {
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void aSaleAddedThroughTheFormChangesTheRegionsChartsETagAndPicture() throws Exception {
    HttpResponse<byte[]> before = get(base, "charts/regions.png");
    assertEquals(200, before.statusCode());
    String etag = before.headers().firstValue("ETag").orElseThrow();
    assertEquals(304, conditional(etag).statusCode(), "unchanged data: the browser's copy is still good");

    HttpResponse<String> posted = post("quarter=Q2&region=East&amount=400");
    assertEquals(303, posted.statusCode(), posted.body());
    assertTrue(posted.headers().firstValue("Location").orElseThrow().endsWith("/sales.jsp"));

    HttpResponse<byte[]> after = get(base, "charts/regions.png");
    assertEquals(200, after.statusCode());
    String newEtag = after.headers().firstValue("ETag").orElseThrow();
    assertNotEquals(etag, newEtag, "the sales table's version is part of the tag");
    assertFalse(Arrays.equals(before.body(), after.body()), "East's Q2 bar is 400 taller");
    assertEquals(200, conditional(etag).statusCode(), "the old tag no longer matches: the new picture is sent");
    assertEquals(304, conditional(newEtag).statusCode());
  }

  @Test
  void aBadSaleIsA400NamingTheFieldAndChangesNothing() throws Exception {
    String etag = get(base, "charts/regions.png").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> refused = post("quarter=Q5&region=East&amount=400");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("\"parameter\":\"quarter\""), refused.body());
    assertEquals(400, post("quarter=Q1&region=Mars&amount=1").statusCode());
    assertEquals(400, post("quarter=Q1&region=East&amount=-3").statusCode());
    assertEquals(etag, get(base, "charts/regions.png").headers().firstValue("ETag").orElseThrow());
  }

  @Test
  void theMetricsAreDrawnInTheZoneAndLocaleTheUrlNames() throws Exception {
    HttpResponse<byte[]> utc = get(base, "charts/metrics.png?days=60");
    HttpResponse<byte[]> berlin = get(base, "charts/metrics.png?days=60&zone=Europe/Berlin&locale=de-DE");
    assertEquals(200, utc.statusCode());
    assertEquals(200, berlin.statusCode());
    assertEquals(640, Http.image(utc.body()).getWidth());
    assertFalse(Arrays.equals(utc.body(), berlin.body()), "other ticks and labels");
    assertEquals(200, get(base, "charts/metrics.png?days=3650").statusCode(), "ten years of readings");
    assertEquals(200, get(base, "charts/daily.png").statusCode(), "the twin-axes chart");
  }

  @Test
  void anUnknownZoneOrLocaleIsA400NamingIt() throws Exception {
    assertEquals("zone must be an IANA time zone id such as UTC or Europe/Berlin, was \"Mars/Olympus\"",
        Http.problem(get(base, "charts/metrics.png?zone=Mars/Olympus"), 400).getString("detail"));
    assertEquals("locale", Http.problem(get(base, "charts/metrics.png?locale=qq-ZZ"), 400).getString("parameter"));
    assertEquals("days", Http.problem(get(base, "charts/metrics.png?days=3651"), 400).getString("parameter"));
  }

  private HttpResponse<byte[]> conditional(String etag) throws Exception {
    return CLIENT.send(HttpRequest.newBuilder(base.toURI().resolve("charts/regions.png"))
        .header("If-None-Match", etag).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<String> post(String form) throws Exception {
    URI uri = base.toURI().resolve("sales");
    return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
