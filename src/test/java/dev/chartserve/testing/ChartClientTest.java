package dev.chartserve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import dev.chartserve.guard.internal.UrlSigner;
import dev.chartserve.testing.FakeChartServer.Reply;

import org.junit.jupiter.api.Test;

class ChartClientTest {
  private static final String KEY = "a-test-key-of-some-length";
  private static final URI BASE = URI.create("http://127.0.0.1:8080/sales-app/");

  @Test
  void chartsAreAddressedUnderTheApplicationsChartsPath() {
    assertEquals(URI.create("http://127.0.0.1:8080/sales-app/charts/sales.png?region=north&width=320"),
        ChartClient.of(BASE).uri("sales.png?region=north&width=320"));
    assertEquals(URI.create("http://127.0.0.1:8080/sales-app/charts/sales.png"),
        ChartClient.of(URI.create("http://127.0.0.1:8080/sales-app")).uri("sales.png"));
  }

  @Test
  void parametersArePercentEncodedAsChartUrlsEncodesThem() {
    assertEquals("http://127.0.0.1:8080/sales-app/charts/sales.svg?title=Q1%20%26%20Q2",
        ChartClient.of(BASE).uri("sales.svg?title=Q1%20%26%20Q2").toString());
  }

  @Test
  void aSignedUrlCarriesTheSignatureTheServerChecks() {
    URI uri = ChartClient.of(BASE).signingKey(KEY).uri("sales.png?region=north&width=320");
    String query = uri.getRawQuery();
    assertTrue(query.startsWith("region=north&width=320&sig="), query);
    String sig = query.substring(query.indexOf("sig=") + 4);
    Map<String, List<String>> parameters = new LinkedHashMap<>();
    parameters.put("region", List.of("north"));
    parameters.put("width", List.of("320"));
    UrlSigner server = new UrlSigner(List.of("an-old-key-of-some-length", KEY));
    assertTrue(server.verify("sales", "png", parameters, sig));
    // The signature covers the format: it does not open the SVG.
    assertEquals(false, server.verify("sales", "svg", parameters, sig));
  }

  @Test
  void aChartWithoutParametersIsSignedToo() {
    assertTrue(ChartClient.of(BASE).signingKey(KEY).uri("sales.png").getRawQuery().startsWith("sig="));
  }

  @Test
  void byNameAndParametersIsTheSameAsTheUrlTail() throws Exception {
    try (FakeChartServer server = new FakeChartServer((n, path, query) -> Reply.png(path + "?" + query))) {
      ChartClient client = ChartClient.of(server.base()).signingKey(KEY);
      Map<String, Object> parameters = new LinkedHashMap<>();
      parameters.put("region", "north");
      parameters.put("width", 320);
      assertEquals(client.get("sales.png?region=north&width=320").text(),
          client.get("sales", "png", parameters).text());
    }
  }

  @Test
  void pngDecodesTheImage() throws Exception {
    BufferedImage drawn = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
    drawn.setRGB(2, 1, 0x1f77b4);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(drawn, "png", png);
    try (FakeChartServer server = new FakeChartServer((n, path, query) ->
        new Reply(200, "image/png", png.toByteArray()))) {
      BufferedImage image = ChartClient.of(server.base()).png("sales", Map.of());
      assertEquals(3, image.getWidth());
      assertEquals(0x1f77b4, image.getRGB(2, 1) & 0xffffff);
    }
  }

  @Test
  void pngFailsWithWhatTheServerAnswered() throws Exception {
    try (FakeChartServer server = new FakeChartServer((n, path, query) ->
        Reply.problem(400, "invalid-parameter", "region must be one of north, south, was mars"))) {
      AssertionError e = assertThrows(AssertionError.class,
          () -> ChartClient.of(server.base()).png("sales", Map.of("region", "mars")));
      assertTrue(e.getMessage().contains("/app/charts/sales.png?region=mars → 400 application/problem+json, "),
          e.getMessage());
      assertTrue(e.getMessage().endsWith("\"detail\":\"region must be one of north, south, was mars\"}"),
          e.getMessage());
    }
  }

  @Test
  void aUrlTailThatIsNoChartFileIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartClient.of(BASE).uri("charts/sales"));
    assertEquals("a chart looks like name.format?parameters, was charts/sales", e.getMessage());
  }
}
