package dev.chartserve.web;

import static dev.chartserve.web.Http.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.chartserve.guard.internal.UrlSigner;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import jakarta.json.JsonObject;

/**
 * Two ChartServe nodes (real Tomcats, the demo WAR, one shared signing key) behind Debian's nginx with
 * {@code server-config/nginx/chartserve.conf}, all on loopback: what README's "Behind a proxy or CDN"
 * promises. The tests run in order, on one cluster: the nodes agree, the cache spares renders and
 * revalidates, then a node is killed under load, restarted, both are redeployed under load, and at
 * last both go down while the proxy still answers from what it kept. Render counts come from each
 * node's {@code /charts/_health}; what the proxy did, from its {@code X-Cache-Status} and access log.
 * Its own Maven profile ({@code -Pcluster}, which {@code .ci/run} turns on): it needs nginx and takes
 * a few minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
  private static final String KEY = "cluster-shared-signing-key-0001";
  private static final Duration START_PATIENCE = Duration.ofSeconds(180);
  private static final Duration LOAD = Duration.ofSeconds(20);
  private static final int CLIENTS = 6;
  private static final String FIRST_VERSION = "chartserve##001";
  private static final String SECOND_VERSION = "chartserve##002";

  /** Builds signed chart URLs exactly as the nodes' own ChartUrls and tags do, with the shared key. */
  private final ChartUrls urls = new ChartUrls("/chartserve", Optional.of(new UrlSigner(List.of(KEY))));
  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private Path war;
  private TomcatNode first;
  private TomcatNode second;
  private NginxProxy proxy;

  @BeforeAll
  void startTwoNodesAndTheProxy() throws Exception {
    // A -Dit.test=ClusterIT reaches every failsafe execution (it overrides their excludes): run in
    // the cluster's own one only, once.
    assumeTrue(Boolean.getBoolean("chartserve.cluster"), "ClusterIT runs in the failsafe execution it-cluster (-Pcluster)");
    Path nginx = NginxProxy.executable().orElseThrow(() -> new AssertionError(
        "ClusterIT runs Debian's nginx: apt-get install nginx (or set -Dchartserve.nginx=/path/to/nginx)"));
    Path project = Path.of(System.getProperty("chartserve.project.dir", "."));
    Path work = project.resolve("target/cluster");
    Path home = Path.of(System.getProperty("tomcat.home"));
    war = Path.of(System.getProperty("chartserve.war"));
    int[] ports = freePorts(5);
    List<String> options = List.of("-Dchartserve.signing.key=" + KEY);
    first = new TomcatNode("node-1", home, work.resolve("node-1"), ports[0], ports[1], options);
    second = new TomcatNode("node-2", home, work.resolve("node-2"), ports[2], ports[3], options);
    for (TomcatNode node : List.of(first, second)) {
      node.deploy(war, FIRST_VERSION + ".war");
      node.start();
    }
    for (TomcatNode node : List.of(first, second)) {
      node.awaitServing(START_PATIENCE);
    }
    proxy = NginxProxy.start(nginx, project.resolve("server-config/nginx/chartserve.conf"), work.resolve("nginx"),
        ports[4], List.of(first, second));
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (AutoCloseable part : new AutoCloseable[] {proxy, first, second}) {
      if (part != null) {
        part.close();
      }
    }
  }

  @Test
  @Order(1)
  void bothNodesReportTheSameDrawingFingerprint() throws Exception {
    JsonObject one = first.health().getJsonObject("fingerprint");
    JsonObject two = second.health().getJsonObject("fingerprint");
    assertEquals(one, two, "the nodes would draw different bytes");
    assertTrue(one.getString("value").matches("[0-9a-f]{16}"), one.toString());
    assertEquals("DejaVu Sans", one.getJsonArray("fonts").getJsonObject(0).getString("name"), one.toString());
    assertEquals("1.5.6", one.getString("jfreechart"));
  }

  @Test
  @Order(2)
  void aUrlSignedByOneNodeDrawsTheSameBytesAndETagOnTheOther() throws Exception {
    String page = new String(get(first.chartserve(), "gallery.jsp").body(), StandardCharsets.UTF_8);
    Matcher src = Pattern.compile("src=\"(/chartserve/charts/[^\"]*sig=[^\"]*)\"").matcher(page);
    assertTrue(src.find(), "node 1's gallery has signed <img> URLs:\n" + page);
    URI signed = URI.create("http://127.0.0.1:" + second.port() + src.group(1).replace("&amp;", "&"));

    HttpResponse<byte[]> onSecond = get(signed);
    HttpResponse<byte[]> onFirst = get(URI.create("http://127.0.0.1:" + first.port() + signed.getRawPath()
        + "?" + signed.getRawQuery()));

    assertEquals(200, onSecond.statusCode(), "node 2 accepts node 1's signature: " + signed);
    assertArrayEquals(onFirst.body(), onSecond.body(), "the same bytes on both nodes");
    String etag = onFirst.headers().firstValue("ETag").orElseThrow();
    assertEquals(etag, onSecond.headers().firstValue("ETag").orElseThrow());
    long drawnBefore = second.rendered();
    HttpResponse<byte[]> revalidated = client.send(HttpRequest.newBuilder(signed).header("If-None-Match", etag).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(304, revalidated.statusCode(), "node 2 answers node 1's ETag");
    assertEquals(drawnBefore, second.rendered(), "and draws nothing for it");
    URI unsigned = URI.create("http://127.0.0.1:" + second.port() + signed.getRawPath());
    assertEquals(403, get(unsigned).statusCode(), "signing is on: a URL without signature is refused");
  }

  @Test
  @Order(3)
  void theProxyDrawsAFixedDataChartOnceForManyRequestsAtOnceAndAfter() throws Exception {
    URI chart = viaProxy(urls.url("seed-bar", "png", Map.of("width", 333)));
    long before = renderedByBoth();

    List<Callable<HttpResponse<byte[]>>> atOnce = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      atOnce.add(() -> get(chart));
    }
    List<HttpResponse<byte[]>> responses = together(atOnce);
    List<String> afterwards = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      HttpResponse<byte[]> response = get(chart);
      responses.add(response);
      afterwards.add(response.headers().firstValue("X-Cache-Status").orElse("(none)"));
    }

    assertEquals(before + 1, renderedByBoth(), "26 requests, one render on one node");
    for (HttpResponse<byte[]> response : responses) {
      assertEquals(200, response.statusCode());
      assertArrayEquals(responses.get(0).body(), response.body());
    }
    assertEquals(Collections.nCopies(10, "HIT"), afterwards);
    HttpResponse<byte[]> direct = get(URI.create("http://127.0.0.1:" + first.port() + chart.getRawPath() + "?"
        + chart.getRawQuery()));
    assertArrayEquals(direct.body(), responses.get(0).body(), "the proxy's copy is the node's image");
    assertEquals(direct.headers().firstValue("ETag"), responses.get(0).headers().firstValue("ETag"));
    assertEquals("public, max-age=86400", responses.get(0).headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(responses.get(0).headers().firstValue("Expires").isPresent(), "Expires beside max-age");
  }

  @Test
  @Order(4)
  void aDatabaseChartIsRevalidatedWithA304FromANodeAndNotDrawnAgain() throws Exception {
    URI chart = viaProxy(urls.url("metrics", "png", Map.of("days", 2, "width", 401)));
    HttpResponse<byte[]> stored = get(chart);
    assertEquals("MISS", stored.headers().firstValue("X-Cache-Status").orElseThrow());
    assertEquals("no-cache", stored.headers().firstValue("Cache-Control").orElseThrow());
    assertFalse(stored.headers().firstValue("Expires").isPresent(), "no Expires on a no-cache chart");
    long before = renderedByBoth();

    // nginx keeps a no-cache image fresh for 1 s (proxy_cache_valid 200 1s), counted in whole seconds
    // of its own clock: there is nothing to fake, so wait until it has certainly expired.
    Thread.sleep(2_100);
    HttpResponse<byte[]> revalidated = get(chart);

    assertEquals(200, revalidated.statusCode());
    assertEquals("REVALIDATED", revalidated.headers().firstValue("X-Cache-Status").orElseThrow());
    assertArrayEquals(stored.body(), revalidated.body());
    assertEquals(stored.headers().firstValue("ETag"), revalidated.headers().firstValue("ETag"));
    assertEquals(before, renderedByBoth(), "the node answered the revalidation without drawing");
    String path = chart.getRawPath() + "?" + chart.getRawQuery();
    List<String> lines = proxy.accessLog().stream().filter(line -> line.contains(path)).toList();
    String last = lines.get(lines.size() - 1);
    assertTrue(last.contains(" cache=REVALIDATED ") && last.contains(" upstream_status=304 "),
        "the proxy asked a node, which answered 304: " + lines);
  }

  @Test
  @Order(5)
  void aNodeKilledUnderLoadCostsNoClientRequest() throws Exception {
    long firstBefore = first.rendered();
    SteadyLoad load = SteadyLoad.start(CLIENTS, LOAD.plusSeconds(10), mix(1));
    try {
      awaitRequests(load, 1000);
      second.kill();
      SteadyLoad.Result result = load.runFor(LOAD);
      System.out.println("ClusterIT, node 2 killed under load: " + result);
      assertEquals(List.of(), result.failures(), result.toString());
      assertTrue(result.requests() > 300, "a load worth the name: " + result);
    } finally {
      load.close();
    }
    String retried = "upstream=127.0.0.1:" + second.port() + ", 127.0.0.1:" + first.port();
    assertTrue(proxy.accessLog().stream().anyMatch(line -> line.contains(retried)),
        "requests that found node 2 dead were retried on node 1 (" + retried + ")");
    long drawn = first.rendered() - firstBefore;
    assertTrue(drawn > 200, "node 1 drew what node 2 could not: " + drawn + " charts");
  }

  @Test
  @Order(6)
  void theKilledNodeRestartedServesAgain() throws Exception {
    second.start();
    second.awaitServing(START_PATIENCE);
    int seen = proxy.accessLog().size();
    SteadyLoad load = SteadyLoad.start(CLIENTS, LOAD, mix(2));
    try {
      awaitRequests(load, 200);
      SteadyLoad.Result result = load.runFor(Duration.ofSeconds(5));
      System.out.println("ClusterIT, node 2 restarted: " + result);
      assertEquals(List.of(), result.failures(), result.toString());
    } finally {
      load.close();
    }
    String servedBySecond = "upstream=127.0.0.1:" + second.port() + " upstream_status=200 ";
    assertTrue(proxy.accessLog().stream().skip(seen).anyMatch(line -> line.contains(servedBySecond)),
        "the proxy sends node 2 requests again");
  }

  @Test
  @Order(7)
  void bothNodesRedeployedOneAfterTheOtherUnderLoadCostNoClientRequest() throws Exception {
    int seen = proxy.accessLog().size();
    SteadyLoad load = SteadyLoad.start(CLIENTS, Duration.ofMinutes(5), mix(3));
    try {
      awaitRequests(load, 1000);
      for (TomcatNode node : List.of(first, second)) {
        // What an operator does (server-config/nginx/README.md): copy the new version beside the old.
        node.deploy(war, SECOND_VERSION + ".war");
        awaitVersions(node, List.of(SECOND_VERSION), Duration.ofMinutes(2));
      }
      long before = load.requests();
      awaitRequests(load, before + 100);
      SteadyLoad.Result result = load.stop();
      System.out.println("ClusterIT, both nodes redeployed under load: " + result);
      assertEquals(List.of(), result.failures(), result.toString());
    } finally {
      load.close();
    }
    List<String> nodeAnswers = proxy.accessLog().stream().skip(seen)
        .map(line -> line.replaceAll(".* upstream_status=(.*) time=.*", "$1"))
        .filter(status -> !status.equals("-")).distinct().sorted().toList();
    assertEquals(List.of("200", "304"), nodeAnswers,
        "no node refused or failed a request while a new version took over: nothing needed a retry");
    for (TomcatNode node : List.of(first, second)) {
      assertTrue(node.rendered() > 100, node.name() + "'s new version drew the load's charts: " + node.health());
    }
    assertEquals(first.health().getJsonObject("fingerprint"), second.health().getJsonObject("fingerprint"));
  }

  @Test
  @Order(8)
  void withEveryNodeDownTheProxyStillAnswersWithWhatItKept() throws Exception {
    URI database = viaProxy(urls.url("metrics", "png", Map.of("days", 2, "width", 401)));
    URI fixed = viaProxy(urls.url("seed-bar", "png", Map.of("width", 333)));
    byte[] kept = get(database).body();
    first.kill();
    second.kill();
    Thread.sleep(2_100); // the kept no-cache image expires (1 s, whole seconds of nginx's clock)

    HttpResponse<byte[]> stale = get(database);
    assertEquals(200, stale.statusCode());
    assertEquals("STALE", stale.headers().firstValue("X-Cache-Status").orElseThrow());
    assertArrayEquals(kept, stale.body());
    HttpResponse<byte[]> fresh = get(fixed);
    assertEquals(200, fresh.statusCode());
    assertEquals("HIT", fresh.headers().firstValue("X-Cache-Status").orElseThrow());
    HttpResponse<byte[]> never = get(viaProxy(urls.url("seed-bar", "png", Map.of("width", 334))));
    assertEquals(502, never.statusCode(), "what the proxy never kept, it cannot answer");
  }

  /**
   * The load's chart URLs, signed, through the proxy, distinct for each {@code phase}: a quarter never
   * asked before (misses: a node draws), a quarter of a database chart (misses, then revalidations
   * each second), and fixed-data charts at a few hundred sizes (misses, then hits).
   */
  private IntFunction<URI> mix(int phase) {
    return i -> {
      int n = i / 4;
      String path = switch (i % 4) {
        case 0 -> urls.url("walk", "png", Map.of("days", 10 + n % 190, "width", 300 + phase * 1000 + n / 190));
        case 1 -> urls.url("metrics", "png", Map.of("days", 1 + n % 7, "width", 300 + phase * 10 + n % 10));
        case 2 -> urls.url("seed-hist", "png", Map.of("width", 200 + phase * 7 + n % 300));
        default -> urls.url("seed-line", "svg", Map.of("width", 200 + phase * 5 + n % 200));
      };
      return viaProxy(path);
    };
  }

  private URI viaProxy(String path) {
    try {
      return proxy.chartserve().toURI().resolve(path);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private long renderedByBoth() throws Exception {
    return first.rendered() + second.rendered();
  }

  /** Waits until the load has sent {@code count} requests (at most a minute). */
  private static void awaitRequests(SteadyLoad load, long count) throws InterruptedException {
    long giveUp = System.nanoTime() + Duration.ofMinutes(1).toNanos();
    while (load.requests() < count) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError("the load sent only " + load.requests() + " requests in a minute");
      }
      Thread.sleep(50); // watching another thread's progress, bounded
    }
  }

  /** Waits until {@code node} runs exactly {@code versions} of /chartserve. */
  private static void awaitVersions(TomcatNode node, List<String> versions, Duration patience) throws Exception {
    long giveUp = System.nanoTime() + patience.toNanos();
    List<String> running = node.runningVersions();
    while (!running.equals(versions)) {
      if (System.nanoTime() > giveUp) {
        throw new AssertionError(node.name() + " runs " + running + " after " + patience + ", expected " + versions);
      }
      Thread.sleep(250); // Tomcat deploys and undeploys on its background thread (every 10 s)
      running = node.runningVersions();
    }
  }

  private static <T> List<T> together(List<Callable<T>> work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(work)) {
        results.add(future.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static int[] freePorts(int count) throws IOException {
    int[] ports = new int[count];
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
    return ports;
  }
}
