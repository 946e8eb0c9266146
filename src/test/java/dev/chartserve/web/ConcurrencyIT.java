package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The concurrency harness over real HTTP: each chart fetched once as the reference, then 32 clients
 * fetch them all in random order, and every body must equal its reference byte for byte.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrencyIT {
  private static final int CLIENTS = 32;
  private static final int ITERATIONS = 8;

  @Deployment(name = "concurrent", testable = false)
  static WebArchive concurrent() {
    // Room for all 32 clients to wait: this test is about mix-ups, not about the gate's limits.
    return Wars.withContextParams("concurrent.war", Map.of(
        "chartserve.maxQueuedRenders", "64",
        "chartserve.queueTimeout", "60000"));
  }

  @Deployment(name = "global-lock", testable = false)
  static WebArchive globalLock() {
    return Wars.withContextParams("global-lock.war", Map.of(
        "chartserve.mode", "global-lock",
        "chartserve.maxQueuedRenders", "64",
        "chartserve.queueTimeout", "60000"));
  }

  @ArquillianResource
  @OperateOnDeployment("concurrent")
  URL concurrentBase;

  @ArquillianResource
  @OperateOnDeployment("global-lock")
  URL globalLockBase;

  @Test
  void thirtyTwoClientsGetTheSerialBytesOfEverySeedChartAndTheDatabasesCharts() throws Exception {
    List<String> charts = new ArrayList<>();
    for (String seed : List.of("seed-hist", "seed-line", "seed-heatmap", "seed-bar")) {
      charts.add("charts/" + seed + ".png");
      charts.add("charts/" + seed + ".svg?width=320&height=240");
    }
    charts.add("charts/legacy-hist.png");
    charts.add("charts/regions.png"); // from the database, through the server's pool
    charts.add("charts/metrics.png?days=60&zone=Europe/Berlin&locale=de-DE");
    charts.add("charts/daily.svg?days=120");
    assertAllMatch(concurrentBase, charts);
  }

  @Test
  void inGlobalLockModeAChartThatSharesItsDatasetStillGivesTheSerialBytes() throws Exception {
    assertAllMatch(globalLockBase, List.of("charts/legacy-shared.png?width=200", "charts/legacy-shared.png?width=300",
        "charts/legacy-hist.png", "charts/seed-bar.png"));
  }

  private static void assertAllMatch(URL base, List<String> charts) throws Exception {
    List<byte[]> references = new ArrayList<>();
    for (String chart : charts) {
      HttpResponse<byte[]> response = get(base, chart);
      assertEquals(200, response.statusCode(), chart);
      references.add(response.body());
    }
    ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
    AtomicInteger fetched = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    try {
      for (int c = 0; c < CLIENTS; c++) {
        int client = c;
        clients.execute(() -> {
          Random order = new Random(client);
          try {
            start.await();
            for (int i = 0; i < ITERATIONS; i++) {
              int k = order.nextInt(charts.size());
              URI uri = base.toURI().resolve(charts.get(k));
              HttpResponse<byte[]> response = get(uri);
              fetched.incrementAndGet();
              if (response.statusCode() != 200) {
                problems.add(charts.get(k) + " client " + client + ": HTTP " + response.statusCode());
              } else if (!java.util.Arrays.equals(references.get(k), response.body())) {
                problems.add(charts.get(k) + " client " + client + " iteration " + i + ": bytes differ");
              }
            }
          } catch (Exception e) {
            problems.add("client " + client + ": " + e);
          }
        });
      }
      start.countDown();
      clients.shutdown();
      assertTrue(clients.awaitTermination(5, TimeUnit.MINUTES), "the clients finished");
    } finally {
      clients.shutdownNow();
    }
    assertTrue(problems.isEmpty(), problems.size() + " problems, the first: "
        + problems.stream().limit(10).toList());
    assertEquals(CLIENTS * ITERATIONS, fetched.get());
    assertArrayEquals(references.get(0), get(base, charts.get(0)).body(), "still the same afterwards");
  }
}
