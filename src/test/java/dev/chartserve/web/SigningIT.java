package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.chartserve.guard.internal.UrlSigner;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * With chartserve.signing.key set: only URLs signed for exactly that chart, format and parameters are
 * drawn, and every demo page still works (its chart URLs come from the tags).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SigningIT {
  private static final String NEW_KEY = "the-new-signing-key-2026";
  private static final String OLD_KEY = "the-old-signing-key-2025";

  @Deployment(testable = false)
  static WebArchive war() {
    return Wars.withContextParams("signed.war", Map.of("chartserve.signing.key", NEW_KEY + "," + OLD_KEY,
        "chartserve.warmUp", "seed-bar.svg"));
  }

  @ArquillianResource
  URL base;

  @Test
  void anUnsignedUrlIsA403NamingSig() throws Exception {
    JsonObject problem = problem(get(base, "charts/seed-hist.png?width=200"), 403);
    assertEquals("sig", problem.getString("parameter"));
    assertEquals("urn:chartserve:problem:invalid-signature", problem.getString("type"));
  }

  @Test
  void aUrlSignedWithTheCurrentOrThePreviousKeyIsDrawn() throws Exception {
    Map<String, List<String>> params = Map.of("width", List.of("200"));
    for (String key : List.of(NEW_KEY, OLD_KEY)) {
      String sig = new UrlSigner(List.of(key)).sign("seed-hist", "png", params);
      assertEquals(200, get(base, "charts/seed-hist.png?width=200&sig=" + sig).statusCode(), key);
    }
  }

  @Test
  void theWarmUpRequestsSignTheirChartUrls() throws Exception {
    JsonObject warmUp = Http.awaitWarmUp(base);
    assertEquals("DONE", warmUp.getString("state"), warmUp.toString());
    String sig = new UrlSigner(List.of(NEW_KEY)).sign("seed-bar", "svg", Map.of());
    assertEquals(base.getPath() + "charts/seed-bar.svg?sig=" + sig + " 200",
        warmUp.getJsonArray("results").getString(1).replaceAll(" in \\d+ ms$", ""), warmUp.toString());
  }

  @Test
  void aTamperedParameterOrAForeignKeyIsA403() throws Exception {
    String sig = new UrlSigner(List.of(NEW_KEY)).sign("seed-hist", "png", Map.of("width", List.of("200")));
    problem(get(base, "charts/seed-hist.png?width=4000&sig=" + sig), 403);
    String foreign = new UrlSigner(List.of("somebody-elses-key-123")).sign("seed-hist", "png", Map.of());
    problem(get(base, "charts/seed-hist.png?sig=" + foreign), 403);
  }

  @Test
  void aSignatureForOneFormatDoesNotOpenAnother() throws Exception {
    String sig = new UrlSigner(List.of(NEW_KEY)).sign("seed-hist", "png", Map.of());
    assertEquals(200, get(base, "charts/seed-hist.png?sig=" + sig).statusCode());
    JsonObject problem = problem(get(base, "charts/seed-hist.svg?sig=" + sig), 403);
    assertEquals("the \"sig\" parameter does not match this chart, format and parameters (a signature covers all"
        + " three; URLs signed before it covered the format must be signed again)", problem.getString("detail"));
  }

  @Test
  void everyChartUrlOnEveryDemoPageIsSignedAndDrawn() throws Exception {
    String index = page(base.toURI());
    List<URI> pages = new ArrayList<>(List.of(base.toURI()));
    Matcher link = Pattern.compile("href=\"([a-z]+\\.jsp)\"").matcher(index);
    while (link.find()) {
      pages.add(base.toURI().resolve(link.group(1)));
    }
    assertTrue(pages.size() >= 5, "the index links to the demo pages: " + pages);
    Set<String> charts = new TreeSet<>();
    for (URI page : pages) {
      Matcher url = Pattern.compile("(?:src|href|srcset)=\"([^\"]*charts/[^\"]*)\"").matcher(page(page));
      while (url.find()) {
        for (String candidate : url.group(1).split(",")) {
          String chart = candidate.strip().split(" ")[0].replace("&amp;", "&");
          if (!chart.contains("_health")) {
            charts.add(page.resolve(chart).toString());
          }
        }
      }
    }
    assertTrue(charts.size() >= 12, "chart URLs found on the pages: " + charts);
    for (String chart : charts) {
      assertTrue(chart.contains("sig="), "unsigned: " + chart);
      HttpResponse<byte[]> response = Http.get(URI.create(chart));
      assertEquals(200, response.statusCode(), chart + ": " + new String(response.body(), StandardCharsets.UTF_8));
    }
  }

  private static String page(URI uri) throws Exception {
    HttpResponse<byte[]> response = Http.get(uri);
    assertEquals(200, response.statusCode(), uri.toString());
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
