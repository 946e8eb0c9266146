package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.Map;

import dev.chartserve.testing.ChartClient;
import dev.chartserve.testing.ChartResponse;
import dev.chartserve.testing.ChartServeArchive;
import dev.chartserve.testing.HttpConcurrencyHarness;
import dev.chartserve.testing.HttpHarnessReport;

import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The orders chart, served by the real server: its size and pixels, its parameter check, and the
 * concurrency torture over HTTP. {@code OrdersChartOnTomcatIT} and {@code OrdersChartOnWildFlyIT} run
 * these tests on their server.
 */
abstract class OrdersChartTests {
  /** The application signs its chart URLs; the client signs with the same key. */
  static final String KEY = "orders-test-key-0123456789";

  /** This application's charts, with ChartServe added for {@code server} and signing on. */
  static WebArchive app(ChartServeArchive server) {
    return server.contextParam("chartserve.signing.key", KEY)
        .addTo(ShrinkWrap.create(WebArchive.class, "orders.war").addPackage(OrdersChart.class.getPackage()));
  }

  @ArquillianResource
  URL base;

  private ChartClient charts() {
    return ChartClient.of(base).signingKey(KEY);
  }

  @Test
  void theChartIs640By480PixelsOnWhite() throws Exception {
    BufferedImage png = charts().png("orders", Map.of("region", "north"));
    assertEquals(640, png.getWidth());
    assertEquals(480, png.getHeight());
    assertEquals(0xffffff, png.getRGB(3, 3) & 0xffffff);
  }

  @Test
  void aHiDpiRequestGetsTwiceThePixels() throws Exception {
    BufferedImage png = charts().png("orders", Map.of("region", "north", "width", 320, "scale", 2));
    assertEquals(640, png.getWidth());
  }

  @Test
  void theSouthSellsMoreSoItsBarsCoverMorePixels() throws Exception {
    int north = pixelsOf(charts().png("orders", Map.of("region", "north")), OrdersChart.BARS.getRGB());
    int south = pixelsOf(charts().png("orders", Map.of("region", "south")), OrdersChart.BARS.getRGB());
    assertTrue(north > 1000, "the northern bars are drawn: " + north + " px");
    assertTrue(south > 1.5 * north, "south " + south + " px, north " + north + " px");
  }

  @Test
  void anUnknownRegionIsA400NamingTheParameter() throws Exception {
    ChartResponse response = charts().get("orders.png?region=mars");
    assertEquals(400, response.status());
    assertEquals("application/problem+json", response.contentType());
    assertTrue(response.text().contains("\"parameter\":\"region\""), response.text());
  }

  @Test
  void sixteenClientsGetTheSerialBytesOfEveryRegion() throws Exception {
    HttpConcurrencyHarness harness = HttpConcurrencyHarness.create(charts()).threads(16).iterations(25);
    for (String region : new String[] {"north", "south", "east", "west"}) {
      harness.chart("orders.png?region=" + region).chart("orders.png?region=" + region + "&width=320");
    }
    HttpHarnessReport report = harness.run();
    System.out.println("HTTP torture on " + getClass().getSimpleName() + ": " + report.summary());
    report.assertPassed();
  }

  private static int pixelsOf(BufferedImage image, int argb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == argb) {
          count++;
        }
      }
    }
    return count;
  }
}
