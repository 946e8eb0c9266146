package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** {@code chartserve.cache.maxBytes}: rendered images kept by entity tag, within their bound, counted. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImageCacheIT {
  private static final int MAX_BYTES = 60_000;

  @Deployment(testable = false)
  static WebArchive war() {
    return Wars.withContextParams("image-cache.war", Map.of("chartserve.cache.maxBytes", Integer.toString(MAX_BYTES)));
  }

  @ArquillianResource
  URL base;

  @Test
  void aRepeatedRequestIsServedFromTheCacheWithTheSameBytesAndNothingDrawn() throws Exception {
    JsonObject before = Http.health(base);
    HttpResponse<byte[]> first = get(base, "charts/seed-bar.png?width=400");
    HttpResponse<byte[]> second = get(base, "charts/seed-bar.png?width=400");
    assertEquals(200, second.statusCode());
    assertArrayEquals(first.body(), second.body());
    assertEquals(first.headers().firstValue("ETag"), second.headers().firstValue("ETag"));
    JsonObject after = Http.health(base);
    assertEquals(1, rendered(after) - rendered(before), "drawn once");
    assertEquals(1, cache(after, "hits") - cache(before, "hits"));
    assertEquals(1, cache(after, "misses") - cache(before, "misses"));
  }

  @Test
  void theCacheNeverHoldsMoreThanItsBoundAndCountsWhatItDropped() throws Exception {
    long drawnBytes = 0;
    for (int width = 300; width < 340; width += 2) { // twenty different images of about 10-20 kB
      HttpResponse<byte[]> response = get(base, "charts/seed-hist.png?width=" + width);
      assertEquals(200, response.statusCode());
      drawnBytes += response.body().length;
      long held = cache(Http.health(base), "bytes");
      assertTrue(held <= MAX_BYTES, "the cache holds " + held + " bytes, over its bound of " + MAX_BYTES);
    }
    assertTrue(drawnBytes > 3 * MAX_BYTES, "the images drawn would overflow the cache: " + drawnBytes);
    JsonObject cache = Http.health(base).getJsonObject("cache");
    assertEquals(MAX_BYTES, cache.getInt("maxBytes"));
    assertTrue(cache.getInt("evictions") > 0, cache.toString());
    assertTrue(cache.getInt("entries") > 0, cache.toString());
  }

  private static long rendered(JsonObject health) {
    return health.getJsonObject("renders").getJsonNumber("rendered").longValue();
  }

  private static long cache(JsonObject health, String count) {
    return health.getJsonObject("cache").getJsonNumber(count).longValue();
  }
}
