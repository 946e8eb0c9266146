package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.util.Map;

import com.example.sales.SalesChart;
import com.example.sales.StaticSeriesChart;

import dev.chartserve.testing.ChartClient;
import dev.chartserve.testing.HttpConcurrencyHarness;
import dev.chartserve.testing.HttpHarnessReport;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a user's own Arquillian test does with {@code dev.chartserve.testing}: an archive of the
 * user's producers with ChartServe added for this server and signing on, charts fetched signed and
 * decoded, and the HTTP harness through the real container — which passes for a stateless producer
 * and catches one that keeps its series in a static field.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersArquillianTestIT {
  private static final String KEY = "users-own-test-key-0123456789";

  @Deployment(testable = false)
  static WebArchive war() {
    return DropInIT.archiveForThisServer()
        .contextParam("chartserve.signing.key", KEY)
        .addTo(ShrinkWrap.create(WebArchive.class, "users-test.war")
            .addClasses(SalesChart.class, StaticSeriesChart.class));
  }

  @ArquillianResource
  URL base;

  @Test
  void theUsersChartIsFetchedSignedAndDecoded() throws Exception {
    BufferedImage png = ChartClient.of(base).signingKey(KEY).png("sales", Map.of("width", 320));
    assertEquals(320, png.getWidth());
    assertEquals(300, png.getHeight(), "its own height: 3 in at 100 dpi");
    assertTrue(countPixels(png, 0x1f77b4) > 50, "the sales line in its blue");
  }

  @Test
  void withoutTheSignatureTheServerRefuses() throws Exception {
    assertEquals(403, ChartClient.of(base).get("sales.png?width=320").status());
  }

  @Test
  void theHttpHarnessPassesForAStatelessProducer() throws Exception {
    HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(base).signingKey(KEY))
        .chart("sales.png").chart("sales.png?width=300").chart("sales.svg?width=200").chart("sales.png?scale=2")
        .threads(8).iterations(10)
        .run();
    report.assertPassed();
    assertEquals(80, report.compared(), report.summary());
  }

  @Test
  void theHttpHarnessCatchesAProducerThatKeepsItsSeriesInAStaticField() throws Exception {
    HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(base).signingKey(KEY))
        .chart("static-series.png?width=100").chart("static-series.png?width=200")
        .chart("static-series.png?width=300").chart("static-series.png?width=400")
        .threads(8).iterations(25)
        .run();
    assertFalse(report.passed(), "shared state must be caught: " + report.summary());
    assertTrue(report.mismatches() > 0 || !report.failures().isEmpty(), report.summary());
  }

  private static int countPixels(BufferedImage image, int rgb) {
    int count = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          count++;
        }
      }
    }
    return count;
  }
}
