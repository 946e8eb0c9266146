package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/** width, height and scale over HTTP on the deployed WAR, and what bad values get. */
class SizeParametersIT extends OnDemoWar {
  @Test
  void widthHeightAndScaleSetThePixelSize() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/seed-hist.png?width=400&height=300&scale=2");

    assertEquals(200, response.statusCode());
    BufferedImage image = image(response.body());
    assertEquals(800, image.getWidth());
    assertEquals(600, image.getHeight());
  }

  @Test
  void anUnknownParameterIsA400NamingIt() throws Exception {
    JsonObject problem = problem(get(base, "charts/seed-hist.png?colour=red"), 400);
    assertEquals("colour", problem.getString("parameter"));
    assertEquals("urn:chartserve:problem:invalid-parameter", problem.getString("type"));
  }

  @Test
  void aMalformedWidthIsA400WithItsValue() throws Exception {
    JsonObject problem = problem(get(base, "charts/seed-hist.png?width=12px"), 400);
    assertEquals("width", problem.getString("parameter"));
    assertEquals("width must be a whole number of pixels from 1 to 4096, was \"12px\"", problem.getString("detail"));
  }

  @Test
  void anImageOverThePixelBudgetIsA413() throws Exception {
    problem(get(base, "charts/seed-hist.png?width=4096&height=4096&scale=4"), 413);
  }

  @Test
  void aChartsOwnParametersAreAcceptedAndChangeTheImage() throws Exception {
    HttpResponse<byte[]> plain = get(base, "charts/walk.png");
    HttpResponse<byte[]> custom = get(base, "charts/walk.png?days=60&color=C3&title=Last%2060%20days&markers=true&smooth=0.5");
    assertEquals(200, plain.statusCode());
    assertEquals(200, custom.statusCode());
    org.junit.jupiter.api.Assertions.assertNotEquals(plain.headers().firstValue("ETag").orElseThrow(),
        custom.headers().firstValue("ETag").orElseThrow());
    org.junit.jupiter.api.Assertions.assertFalse(java.util.Arrays.equals(plain.body(), custom.body()));
  }

  @Test
  void aBadValueForAChartsOwnParameterIsA400NamingItAndWhatItAllows() throws Exception {
    JsonObject problem = problem(get(base, "charts/walk.png?days=5"), 400);
    assertEquals("days", problem.getString("parameter"));
    assertEquals("days must be a whole number from 10 to 200, was \"5\"", problem.getString("detail"));
    assertEquals("unknown parameter \"days\"; this chart accepts: height, scale, width",
        problem(get(base, "charts/seed-hist.png?days=5"), 400).getString("detail"));
  }

  @Test
  void theServerStillDrawsNormallyAfterBadRequests() throws Exception {
    get(base, "charts/seed-hist.png?width=-1");
    get(base, "charts/seed-hist.png?scale=NaN");
    assertEquals(200, get(base, "charts/seed-hist.png").statusCode());
  }
}
