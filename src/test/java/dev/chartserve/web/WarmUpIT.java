package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.junit.jupiter.api.Test;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

/**
 * The demo asks for warm-up requests of its four seed charts: on every server the application finds
 * its own HTTP port, waits for {@code _health}, requests each chart once, and says so in
 * {@code _health}; the charts were really drawn.
 */
class WarmUpIT extends OnDemoWar {
  @Test
  void theApplicationRequestedItsSeedChartsOfItselfOnceStarted() throws Exception {
    JsonObject warmUp = Http.awaitWarmUp(base);

    assertEquals("DONE", warmUp.getString("state"), warmUp.toString());
    List<String> results = warmUp.getJsonArray("results").getValuesAs(JsonString.class).stream()
        .map(JsonString::getString).toList();
    assertEquals(5, results.size(), results.toString());
    assertTrue(results.get(0).startsWith("_health 200 after "), results.get(0));
    List<String> charts = List.of("seed-hist", "seed-line", "seed-heatmap", "seed-bar");
    for (int i = 0; i < charts.size(); i++) {
      String expected = base.getPath() + "charts/" + charts.get(i) + ".png 200 in ";
      assertTrue(results.get(i + 1).startsWith(expected), results.get(i + 1) + " should start with " + expected);
    }
    JsonObject health = Json.createReader(new ByteArrayInputStream(get(base, "charts/_health").body()))
        .readObject();
    assertTrue(health.getJsonObject("renders").getInt("rendered") >= 4, health.toString());
  }
}
