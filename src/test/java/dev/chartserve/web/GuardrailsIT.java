package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import jakarta.json.JsonObject;

/**
 * The render gate and the settings, over HTTP, on copies of the real WAR whose web.xml carries
 * ChartServe context-params (as a user would configure it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GuardrailsIT {
  @Deployment(name = "one-slot", testable = false)
  static WebArchive oneSlot() {
    return Wars.withContextParams("one-slot.war", Map.of(
        "chartserve.maxConcurrentRenders", "1",
        "chartserve.maxQueuedRenders", "2",
        "chartserve.queueTimeout", "10000"))
        .addClass(SlowTestChart.class);
  }

  @Deployment(name = "bad-mode", testable = false, managed = false)
  static WebArchive badMode() {
    return Wars.withContextParams("bad-mode.war", Map.of("chartserve.mode", "fast"));
  }

  @ArquillianResource
  Deployer deployer;

  // A field, not a method parameter: Arquillian resolves those before the first class's deployment.
  @ArquillianResource
  @OperateOnDeployment("one-slot")
  URL oneSlot;

  @Test
  void aFloodAgainstOneSlotAndAQueueOfTwoGets200sAnd503sOnlyThenTheServerAnswersNormally() throws Exception {
    URL base = oneSlot;
    ExecutorService clients = Executors.newFixedThreadPool(48);
    List<CompletableFuture<long[]>> timings = new ArrayList<>();
    List<CompletableFuture<HttpResponse<byte[]>>> responses = new ArrayList<>();
    try {
      for (int i = 0; i < 48; i++) {
        // 48 different images (identical requests would share one render and never queue).
        URI slow = base.toURI().resolve("charts/slow-test.png?width=" + (100 + i));
        CompletableFuture<long[]> timing = new CompletableFuture<>();
        timings.add(timing);
        responses.add(CompletableFuture.supplyAsync(() -> {
          try {
            long start = System.nanoTime();
            HttpResponse<byte[]> response = get(slow);
            timing.complete(new long[] {response.statusCode(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)});
            return response;
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        }, clients));
      }
      Map<Integer, Integer> statuses = new TreeMap<>();
      long slowestRefusal = 0;
      for (int i = 0; i < responses.size(); i++) {
        HttpResponse<byte[]> response = responses.get(i).get(60, TimeUnit.SECONDS);
        statuses.merge(response.statusCode(), 1, Integer::sum);
        if (response.statusCode() == 503) {
          slowestRefusal = Math.max(slowestRefusal, timings.get(i).get()[1]);
          JsonObject problem = problem(response, 503);
          assertEquals("urn:chartserve:problem:overloaded", problem.getString("type"));
          assertTrue(problem.getString("detail").startsWith("Chart not rendered: the render queue is full"
              + " (chartserve.maxQueuedRenders=2)"), problem.getString("detail"));
          // The predicted wait, in whole seconds: a few 300 ms renders, never the 10 s queue timeout.
          long retryAfter = Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow());
          assertTrue(retryAfter >= 1 && retryAfter < 10, "Retry-After: " + retryAfter);
        }
      }
      assertEquals(List.of(200, 503), List.copyOf(statuses.keySet()), "only 200s and 503s: " + statuses);
      assertTrue(statuses.get(200) >= 3, "the slot and the queue of two were served: " + statuses);
      assertTrue(statuses.get(503) >= 30, "the rest were turned away at once: " + statuses);
      // At once: well under one render (300 ms), let alone the queue timeout (10 s). BENCHMARKS.md has the
      // figures of a quiet machine.
      assertTrue(slowestRefusal < 300, "the slowest refusal took " + slowestRefusal + " ms");
    } finally {
      clients.shutdownNow();
    }
    assertEquals(200, get(base, "charts/seed-hist.png").statusCode(), "the server answers normally afterwards");
  }

  @Test
  void anInvalidSettingFailsTheDeploymentWithAMessageNamingTheKey() throws Exception {
    try {
      assertThrows(Exception.class, () -> deployer.deploy("bad-mode"));
    } finally {
      try {
        deployer.undeploy("bad-mode"); // Tomcat keeps the failed WAR in webapps/; WildFly rolls it back
      } catch (RuntimeException alreadyGone) {
        // nothing deployed: nothing to clean
      }
    }
    assertTrue(ServerLog.awaiting("chartserve.mode must be concurrent or global-lock, was \"fast\"")
        .contains("java.lang.IllegalArgumentException: chartserve.mode must be concurrent or global-lock, was \"fast\""), "the server log names the key, the allowed values and the value");
  }


}
