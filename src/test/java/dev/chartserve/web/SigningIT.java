package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
import java.util.Map;

import dev.chartserve.guard.UrlSigner;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/** With chartserve.signing.key set: only URLs signed for exactly that chart and parameters are drawn. */
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
      String sig = new UrlSigner(List.of(key)).sign("seed-hist", params);
      assertEquals(200, get(base, "charts/seed-hist.png?width=200&sig=" + sig).statusCode(), key);
    }
  }

  @Test
  void theWarmUpRequestsSignTheirChartUrls() throws Exception {
    JsonObject warmUp = Http.awaitWarmUp(base);
    assertEquals("DONE", warmUp.getString("state"), warmUp.toString());
    String sig = new UrlSigner(List.of(NEW_KEY)).sign("seed-bar", Map.of());
    assertEquals(base.getPath() + "charts/seed-bar.svg?sig=" + sig + " 200",
        warmUp.getJsonArray("results").getString(1).replaceAll(" in \\d+ ms$", ""), warmUp.toString());
  }

  @Test
  void aTamperedParameterOrAForeignKeyIsA403() throws Exception {
    String sig = new UrlSigner(List.of(NEW_KEY)).sign("seed-hist", Map.of("width", List.of("200")));
    problem(get(base, "charts/seed-hist.png?width=4000&sig=" + sig), 403);
    String foreign = new UrlSigner(List.of("somebody-elses-key-123")).sign("seed-hist", Map.of());
    problem(get(base, "charts/seed-hist.png?sig=" + foreign), 403);
  }
}
