package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonObject;

/**
 * The WAR that {@code mvn package} built, deployed as it is on a real Tomcat 10.1, and asked over
 * real HTTP for a chart, a missing chart and the demo page.
 */
class WalkingSkeletonIT extends OnDemoWar {
  @Test
  void seedHistogramIsA640By480Png() throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/seed-hist.png");

    assertEquals(200, response.statusCode());
    assertEquals("image/png", contentType(response));
    BufferedImage image = image(response.body());
    assertEquals(640, image.getWidth());
    assertEquals(480, image.getHeight());
  }

  @Test
  void unknownChartIsA404ProblemNamingTheChart() throws Exception {
    JsonObject problem = problem(get(base, "charts/nope.png"), 404);

    assertEquals("urn:chartserve:problem:unknown-chart", problem.getString("type"));
    assertEquals("name", problem.getString("parameter"));
    assertTrue(problem.getString("detail").contains("\"nope\""), problem.getString("detail"));
    assertTrue(problem.getString("detail").contains("seed-hist"), problem.getString("detail"));
  }

  @Test
  void unknownPathUnderChartsIsA404Problem() throws Exception {
    problem(get(base, "charts/no/such/thing"), 404);
  }

  @Test
  void demoPageEmbedsAChartUrlThatLoads() throws Exception {
    HttpResponse<byte[]> page = get(base, "");
    assertEquals(200, page.statusCode());
    Matcher img = Pattern.compile("<img\\s[^>]*src=\"([^\"]+)\"")
        .matcher(new String(page.body(), StandardCharsets.UTF_8));
    assertTrue(img.find(), "the demo page has an <img src=…>");

    URI imageUri = base.toURI().resolve(img.group(1));
    HttpResponse<byte[]> response = get(imageUri);
    assertEquals(200, response.statusCode(), imageUri.toString());
    assertTrue(image(response.body()).getWidth() > 0);
  }
}
