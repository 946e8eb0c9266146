package dev.chartserve.web;

import static dev.chartserve.web.Http.awaitHealth;
import static dev.chartserve.web.Http.get;
import static dev.chartserve.web.Http.health;
import static dev.chartserve.web.Http.problem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * What the pages of a real application send: bursts of many charts at once at ChartServe's default
 * configuration, identical requests at the same moment, and the bursts that truly cannot be served in
 * time. Counts come from {@code /charts/_health}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrafficIT {
  @Deployment(name = "defaults", testable = false)
  static WebArchive defaults() {
    // No ChartServe setting at all (and no warm-up charts, whose renders would race the counts).
    return Wars.withContextParams("traffic.war", Map.of()).addClass(SlowTestChart.class);
  }

  @Deployment(name = "one-slot", testable = false)
  static WebArchive oneSlot() {
    return oneSlotShortWait("one-slot-short-wait.war");
  }

  /** Its own copy: the stuck render it holds would teach the other one's gate a slot time of seconds. */
  @Deployment(name = "hanging", testable = false)
  static WebArchive hanging() {
    return oneSlotShortWait("one-slot-hanging.war");
  }

  private static WebArchive oneSlotShortWait(String name) {
    return Wars.withContextParams(name, Map.of(
        "chartserve.maxConcurrentRenders", "1",
        "chartserve.queueTimeout", "1100"))
        .addClass(SlowTestChart.class);
  }

  @ArquillianResource
  @OperateOnDeployment("defaults")
  URL defaults;

  @ArquillianResource
  @OperateOnDeployment("one-slot")
  URL oneSlot;

  @ArquillianResource
  @OperateOnDeployment("hanging")
  URL hanging;

  @Test
  void burstsOf32_64And128ClientsOverTheSeedMixAreAllServedWithTheSerialBytes() throws Exception {
    List<String> mix = new ArrayList<>();
    for (String seed : List.of("seed-hist", "seed-line", "seed-heatmap", "seed-bar")) {
      for (String format : List.of("png", "svg")) {
        mix.add("charts/" + seed + "." + format);
        mix.add("charts/" + seed + "." + format + "?width=320&height=240");
      }
    }
    List<byte[]> references = new ArrayList<>();
    for (String chart : mix) {
      HttpResponse<byte[]> response = get(defaults, chart);
      assertEquals(200, response.statusCode(), chart);
      references.add(response.body());
    }
    for (int[] burst : new int[][] {{32, 6}, {64, 3}, {128, 2}}) {
      int clients = burst[0];
      int each = burst[1];
      ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
      List<Callable<Integer>> work = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        Random order = new Random(c);
        work.add(() -> {
          int served = 0;
          for (int i = 0; i < each; i++) {
            int k = order.nextInt(mix.size());
            HttpResponse<byte[]> response = get(defaults, mix.get(k));
            if (response.statusCode() != 200) {
              problems.add(mix.get(k) + ": HTTP " + response.statusCode() + " " + new String(response.body(),
                  StandardCharsets.UTF_8));
            } else if (!Arrays.equals(references.get(k), response.body())) {
              problems.add(mix.get(k) + ": bytes differ from the serial render");
            } else {
              served++;
            }
          }
          return served;
        });
      }
      int served = 0;
      for (int s : together(work)) {
        served += s;
      }
      assertTrue(problems.isEmpty(), clients + " clients: " + problems.size() + " problems, the first: "
          + problems.stream().limit(5).toList());
      assertEquals(clients * each, served, clients + " clients");
    }
    JsonObject health = health(defaults);
    assertEquals(0, health.getJsonObject("renders").getInt("rejected"), "nothing refused: " + health);
  }

  @Test
  void theCapOnWaitingRequestsFollowsTheServersRequestThreads() throws Exception {
    JsonObject gate = health(defaults).getJsonObject("gate");
    // The IT Tomcat's connector runs 150 threads (arquillian.xml); WildFly's default XNIO worker
    // runs 16 per processor.
    int expected = "wildfly".equals(System.getProperty("server.kind"))
        ? 16 * Runtime.getRuntime().availableProcessors() : 150;
    assertEquals(expected, gate.getInt("maxQueuedRenders"), gate.toString());
  }

  @Test
  void thirtyTwoIdenticalRequestsAtTheSameMomentAreDrawnOnceAndAllGetItsBytes() throws Exception {
    JsonObject before = health(defaults).getJsonObject("renders");
    String chart = "charts/slow-test.png?millis=1500&width=101";
    List<Callable<HttpResponse<byte[]>>> work = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      work.add(() -> get(defaults, chart));
    }
    List<HttpResponse<byte[]>> responses = together(work);
    for (HttpResponse<byte[]> response : responses) {
      assertEquals(200, response.statusCode());
      assertArrayEquals(responses.get(0).body(), response.body());
    }
    JsonObject after = health(defaults).getJsonObject("renders");
    assertEquals(1, after.getInt("rendered") - before.getInt("rendered"), "drawn once: " + after);
    assertEquals(31, after.getInt("coalesced") - before.getInt("coalesced"), after.toString());
    assertEquals(0, after.getInt("identicalInFlight"), "nothing kept afterwards");
  }

  @Test
  void aLeaderWhoseClientHangsUpStillDrawsForTheRequestsThatWaitForIt() throws Exception {
    JsonObject before = health(defaults).getJsonObject("renders");
    String chart = "charts/slow-test.png?millis=1500&width=102";
    URI uri = defaults.toURI().resolve(chart);
    try (Socket leader = new Socket(uri.getHost(), uri.getPort())) {
      OutputStream out = leader.getOutputStream();
      out.write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: " + uri.getHost()
          + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      awaitHealth(defaults, Duration.ofSeconds(20), health -> health.getJsonObject("renders").getInt("identicalInFlight") == 1);
    } // the leader's client is gone; its render goes on
    List<Callable<HttpResponse<byte[]>>> followers = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      followers.add(() -> get(defaults, chart));
    }
    for (HttpResponse<byte[]> response : together(followers)) {
      assertEquals(200, response.statusCode());
      Http.image(response.body());
    }
    JsonObject after = health(defaults).getJsonObject("renders");
    assertEquals(1, after.getInt("rendered") - before.getInt("rendered"), "drawn once, by the leader: " + after);
    assertEquals(8, after.getInt("coalesced") - before.getInt("coalesced"), after.toString());
  }

  @Test
  void whenTheSharedRenderFailsEveryRequestThatWaitedForItGetsA500OfItsOwn() throws Exception {
    JsonObject before = health(defaults).getJsonObject("renders");
    List<Callable<HttpResponse<byte[]>>> work = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      work.add(() -> get(defaults, "charts/slow-test.png?millis=1000&fail=true&width=103"));
    }
    Set<String> requestIds = new HashSet<>();
    for (HttpResponse<byte[]> response : together(work)) {
      JsonObject problem = problem(response, 500);
      assertEquals("urn:chartserve:problem:internal", problem.getString("type"));
      requestIds.add(problem.getString("requestId"));
    }
    assertEquals(8, requestIds.size(), "each request has its own id for the log");
    JsonObject after = health(defaults).getJsonObject("renders");
    assertEquals(1, after.getInt("failed") - before.getInt("failed"), "one render failed: " + after);
    assertEquals(0, after.getInt("identicalInFlight"));
    assertEquals(200, get(defaults, "charts/slow-test.png?millis=1&width=103").statusCode(),
        "the next request draws anew");
  }

  @Test
  void aBurstThatCannotBeServedWithinTheQueueTimeoutIsShedAtOnceWithRetryAfterFromThePrediction()
      throws Exception {
    // Two renders of 300 ms teach the gate what a render costs here.
    for (int i = 0; i < 2; i++) {
      assertEquals(200, get(oneSlot, "charts/slow-test.png?width=" + (200 + i)).statusCode());
    }
    List<Callable<long[]>> work = new ArrayList<>();
    List<HttpResponse<byte[]>> refused = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String chart = "charts/slow-test.png?width=" + (300 + i); // all different: nothing to share
      work.add(() -> {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = get(oneSlot, chart);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (response.statusCode() == 503) {
          synchronized (refused) {
            refused.add(response);
          }
        }
        return new long[] {response.statusCode(), millis};
      });
    }
    Map<Long, Integer> statuses = new TreeMap<>();
    long slowestRefusal = 0;
    for (long[] outcome : together(work)) {
      statuses.merge(outcome[0], 1, Integer::sum);
      if (outcome[0] == 503) {
        slowestRefusal = Math.max(slowestRefusal, outcome[1]);
      }
    }
    assertEquals(Set.of(200L, 503L), statuses.keySet(), statuses.toString());
    // One slot of 300 ms and 1.1 s to wait: the one drawing and three behind it (300, 600, 900 ms).
    assertTrue(statuses.get(200L) >= 3 && statuses.get(200L) <= 6, statuses.toString());
    assertTrue(slowestRefusal < 700, "refused at once, not after waiting: " + slowestRefusal + " ms");
    for (HttpResponse<byte[]> response : refused) {
      JsonObject problem = problem(response, 503);
      assertEquals("urn:chartserve:problem:overloaded", problem.getString("type"));
      String detail = problem.getString("detail");
      assertTrue(detail.startsWith("Chart not rendered: the predicted wait of "), detail);
      long predicted = Long.parseLong(detail.replaceAll("^Chart not rendered: the predicted wait of (\\d+) ms.*$", "$1"));
      assertTrue(predicted > 1100, detail);
      assertEquals(Long.toString((predicted + 999) / 1000), response.headers().firstValue("Retry-After").orElseThrow(),
          "Retry-After is the predicted wait: " + detail);
    }
    assertEquals(200, get(oneSlot, "charts/seed-bar.png").statusCode(), "the server answers normally afterwards");
  }

  @Test
  void aRenderThatHangsMakesTheGateRefuseAtOnceRatherThanHoldTheQueue() throws Exception {
    ExecutorService client = Executors.newSingleThreadExecutor();
    try {
      Future<HttpResponse<byte[]>> stuck = client.submit(() -> get(hanging, "charts/slow-test.png?millis=3000&width=401"));
      // Once the stuck render is older than the queue timeout, nobody can be promised a slot in time.
      awaitHealth(hanging, Duration.ofSeconds(20), health -> health.getJsonObject("gate").getInt("running") == 1
          && health.getJsonObject("gate").getJsonNumber("predictedWaitMillis").doubleValue() > 1100);
      long start = System.nanoTime();
      HttpResponse<byte[]> response = get(hanging, "charts/seed-hist.png?width=402");
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      JsonObject problem = problem(response, 503);
      assertTrue(problem.getString("detail").startsWith("Chart not rendered: the predicted wait of "),
          problem.getString("detail"));
      assertTrue(millis < 700, "refused at once: " + millis + " ms");
      assertEquals(200, stuck.get(30, TimeUnit.SECONDS).statusCode());
    } finally {
      client.shutdownNow();
    }
  }

  /** Runs every task at once (one thread each, released together) and returns their results in order. */
  static <T> List<T> together(List<Callable<T>> tasks) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(tasks.size());
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(threads.submit(() -> {
          ready.countDown();
          go.await();
          return task.call();
        }));
      }
      assertTrue(ready.await(30, TimeUnit.SECONDS), "the client threads started");
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(5, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }
}
