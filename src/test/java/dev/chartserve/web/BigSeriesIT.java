package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** The demo chart big-walk over HTTP: ten million points in one request, in every format. */
class BigSeriesIT extends OnDemoWar {
  @Test
  void tenMillionPointsAreServedAsAnImageOfTheFiguresSize() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/big-walk.png?points=10000000");

    assertEquals(200, response.statusCode());
    BufferedImage image = image(response.body());
    assertEquals(640, image.getWidth());
    assertEquals(480, image.getHeight());
    assertArrayEquals(response.body(), get(base, "charts/big-walk.png?points=10000000").body());
  }

  @Test
  void aMillionPointsInSvgAndPdfAreWellUnderAMegabyte() throws Exception {
    for (String format : new String[] {"svg", "pdf"}) {
      HttpResponse<byte[]> response = get(base, "charts/big-walk." + format);
      assertEquals(200, response.statusCode(), format);
      assertTrue(response.body().length < 400_000, format + ": " + response.body().length + " bytes");
    }
  }

  @Test
  void pointsOutsideTheRangeAreA400NamingTheParameter() throws Exception {
    JsonObject problem = problem(get(base, "charts/big-walk.png?points=20000000"), 400);
    assertEquals("points", problem.getString("parameter"));
    assertEquals("points must be a whole number from 1000 to 10000000, was \"20000000\"",
        problem.getString("detail"));
    assertEquals("points", problem(get(base, "charts/big-walk.png?points=many"), 400).getString("parameter"));
  }
}
