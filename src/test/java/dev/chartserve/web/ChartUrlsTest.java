package dev.chartserve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.chartserve.guard.internal.UrlSigner;

import org.junit.jupiter.api.Test;

class ChartUrlsTest {
  @Test
  void unsignedUrlsCarryTheContextPathAndEncodedParametersInOrder() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("width", 320);
    params.put("label", "a&b <c>");
    assertEquals("/app/charts/seed-hist.png?width=320&label=a%26b%20%3Cc%3E",
        new ChartUrls("/app", Optional.empty()).url("seed-hist", "png", params));
  }

  @Test
  void aRootContextAndNoParametersGiveAPlainPath() {
    assertEquals("/charts/seed-bar.svg", new ChartUrls("", Optional.empty()).url("seed-bar", "svg", Map.of()));
  }

  @Test
  void signedUrlsEndWithASignatureTheServerAccepts() {
    UrlSigner signer = new UrlSigner(List.of("a-secret-of-16-chars"));
    String url = new ChartUrls("/chartserve", Optional.of(signer)).url("seed-hist", "png", Map.of("scale", 2));
    assertTrue(url.startsWith("/chartserve/charts/seed-hist.png?scale=2&sig="), url);
    String sig = url.substring(url.indexOf("sig=") + 4);
    assertTrue(signer.verify("seed-hist", "png", Map.of("scale", List.of("2")), sig));
  }
}
