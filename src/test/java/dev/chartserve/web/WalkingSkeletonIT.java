package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The WAR that {@code mvn package} built, deployed as it is on a real Tomcat 10.1, and asked over
 * real HTTP for a chart, a missing chart and the demo page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WalkingSkeletonIT {
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive war() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("chartserve.war")));
  }

  @ArquillianResource
  URL base;

  @Test
  void seedHistogramIsA640By480Png() throws Exception {
    HttpResponse<byte[]> response = get("charts/seed-hist.png");

    assertEquals(200, response.statusCode());
    assertEquals("image/png", response.headers().firstValue("Content-Type").orElseThrow());
    BufferedImage image = png(response.body());
    assertEquals(640, image.getWidth());
    assertEquals(480, image.getHeight());
  }

  @Test
  void unknownChartIsA404ProblemNamingTheChart() throws Exception {
    HttpResponse<byte[]> response = get("charts/nope.png");

    assertEquals(404, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
    JsonObject problem = Json.createReader(new ByteArrayInputStream(response.body())).readObject();
    assertEquals(404, problem.getInt("status"));
    assertEquals("urn:chartserve:problem:unknown-chart", problem.getString("type"));
    assertEquals("name", problem.getString("parameter"));
    assertTrue(problem.getString("detail").contains("\"nope\""), problem.getString("detail"));
    assertTrue(problem.getString("detail").contains("seed-hist"), problem.getString("detail"));
  }

  @Test
  void unknownPathUnderChartsIsA404Problem() throws Exception {
    HttpResponse<byte[]> response = get("charts/no/such/thing");

    assertEquals(404, response.statusCode());
    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow());
  }

  @Test
  void demoPageEmbedsAChartUrlThatLoads() throws Exception {
    HttpResponse<byte[]> page = get("");
    assertEquals(200, page.statusCode());
    Matcher img = Pattern.compile("<img\\s[^>]*src=\"([^\"]+)\"").matcher(new String(page.body(), "UTF-8"));
    assertTrue(img.find(), "the demo page has an <img src=…>");

    URI imageUri = base.toURI().resolve(img.group(1));
    HttpResponse<byte[]> image = HTTP.send(HttpRequest.newBuilder(imageUri).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, image.statusCode(), imageUri.toString());
    assertTrue(png(image.body()).getWidth() > 0);
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    URI uri = base.toURI().resolve(path);
    return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static BufferedImage png(byte[] bytes) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertNotNull(image, "the body decodes as an image");
    return image;
  }

}
