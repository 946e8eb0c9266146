package dev.chartserve.web;

import static dev.chartserve.web.Http.contentType;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.image;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.w3c.dom.Element;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.demo.SeedBar;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.demo.SeedHist;
import dev.chartserve.demo.SeedLine;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/** The four seed charts, served in all four formats at the seeds' sizes, over HTTP. */
class SeedChartsIT extends OnDemoWar {
  /** name, width, height in pixels (seed-line is trimmed: matplotlib gives 1047 × 468). */
  private static final Object[][] SEEDS = {
      {"seed-hist", 640, 480, false},
      {"seed-line", 1047, 468, true},
      {"seed-heatmap", 1000, 500, false},
      {"seed-bar", 800, 600, false},
  };

  /**
   * Every server, and the javax edition on Tomcat 9 and WildFly 26, sends the very bytes that the
   * (Jakarta) code draws in this test's JVM: one edition, one drawing, the same strong ETags anywhere.
   */
  @Test
  void theServerSendsTheBytesTheCodeDrawsHereInEveryFormat() {
    Map<String, ChartProducer> producers = Map.of("seed-hist", new SeedHist(), "seed-line", new SeedLine(),
        "seed-heatmap", new SeedHeatmap(), "seed-bar", new SeedBar());
    List<Executable> checks = new ArrayList<>();
    producers.forEach((name, producer) -> {
      for (ImageFormat format : ImageFormat.values()) {
        checks.add(() -> {
          String file = name + "." + format.extension();
          HttpResponse<byte[]> response = get(base, "charts/" + file);
          assertEquals(200, response.statusCode(), file);
          try (Figure figure = new Figure()) {
            producer.draw(figure, new ChartRequest(name, format));
            assertArrayEquals(Renderer.render(figure, format), response.body(), file);
          }
        });
      }
    });
    assertAll(checks);
  }

  @Test
  void everySeedChartIsServedInEveryFormatAtItsSize() {
    List<Executable> checks = new ArrayList<>();
    for (Object[] seed : SEEDS) {
      String name = (String) seed[0];
      int width = (Integer) seed[1];
      int height = (Integer) seed[2];
      boolean trimmed = (Boolean) seed[3];
      checks.add(() -> raster(name, "png", "image/png", width, height, trimmed));
      checks.add(() -> raster(name, "jpg", "image/jpeg", width, height, trimmed));
      checks.add(() -> svg(name, width, height, trimmed));
      checks.add(() -> pdf(name));
    }
    assertAll(checks);
  }

  private void raster(String name, String ext, String type, int width, int height, boolean trimmed)
      throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/" + name + "." + ext);
    assertEquals(200, response.statusCode(), name + "." + ext);
    assertEquals(type, contentType(response));
    BufferedImage image = image(response.body());
    assertSize(name + "." + ext, width, height, image.getWidth(), image.getHeight(), trimmed);
  }

  private void svg(String name, int width, int height, boolean trimmed) throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/" + name + ".svg");
    assertEquals(200, response.statusCode(), name + ".svg");
    assertEquals("image/svg+xml", contentType(response));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Element svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body())).getDocumentElement();
    // Sized in points, as matplotlib: pixels at the chart's dpi × 72 / dpi.
    double dpi = name.equals("seed-line") ? 200 : 100;
    double w = points(svg.getAttribute("width")) * dpi / 72;
    double h = points(svg.getAttribute("height")) * dpi / 72;
    assertSize(name + ".svg", width, height, (int) Math.round(w), (int) Math.round(h), trimmed);
  }

  private void pdf(String name) throws Exception {
    HttpResponse<byte[]> response = get(base, "charts/" + name + ".pdf");
    assertEquals(200, response.statusCode(), name + ".pdf");
    assertEquals("application/pdf", contentType(response));
    assertTrue(new String(response.body(), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF-"), name);
  }

  private static double points(String length) {
    Matcher m = Pattern.compile("([0-9.]+)pt").matcher(length);
    assertTrue(m.matches(), "a length in points: " + length);
    return Double.parseDouble(m.group(1));
  }

  private static void assertSize(String what, int width, int height, int actualWidth, int actualHeight,
      boolean trimmed) {
    if (trimmed) {
      // A tight bounding box depends on the exact extent of the text: within 2 % of matplotlib's.
      assertTrue(Math.abs(actualWidth - width) <= width * 0.02 && Math.abs(actualHeight - height) <= height * 0.02,
          what + " is " + actualWidth + " × " + actualHeight + ", matplotlib's " + width + " × " + height);
    } else {
      assertEquals(width + " × " + height, actualWidth + " × " + actualHeight, what);
    }
  }
}
