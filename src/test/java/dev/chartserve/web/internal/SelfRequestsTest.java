package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The application's requests to itself, against real loopback servers: the JDK's HTTP server, and one
 * that never answers. Every wait is on a condition (the status, a latch), bounded by {@link #AT_MOST}.
 */
class SelfRequestsTest {
  private static final Duration AT_MOST = Duration.ofSeconds(30);

  @Test
  void retriesHealthUntilTheServerAnswersThenRequestsEachChartOnceInOrder() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicInteger healthCalls = new AtomicInteger();
    server.createContext("/app/charts/", exchange -> {
      String target = exchange.getRequestURI().toString();
      seen.add(target);
      int status = target.endsWith("_health") && healthCalls.incrementAndGet() < 3 ? 503
          : target.contains("missing") ? 404 : 200;
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    try {
      SelfRequests requests = new SelfRequests("/app", true,
          List.of("/app/charts/a.png?sig=x", "/app/charts/missing.svg"), server.getAddress().getPort());
      assertEquals(SelfRequests.State.PENDING, requests.status().state());
      requests.contextInitialized(null);
      SelfRequests.Status status = requests.awaitEnd(AT_MOST);

      assertEquals(SelfRequests.State.DONE, status.state(), String.valueOf(status));
      assertEquals(List.of("/app/charts/_health", "/app/charts/_health", "/app/charts/_health",
          "/app/charts/a.png?sig=x", "/app/charts/missing.svg"), seen);
      assertEquals("_health 200 after 3 tries", status.results().get(0));
      assertTrue(status.results().get(1).startsWith("/app/charts/a.png?sig=x 200 in "), status.results().get(1));
      assertTrue(status.results().get(2).startsWith("/app/charts/missing.svg 404 in "), status.results().get(2));
      assertNull(status.problem());
      requests.contextDestroyed(null);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void stoppingTheApplicationEndsARequestStillWaitingForItsAnswer() throws Exception {
    List<Socket> accepted = new CopyOnWriteArrayList<>();
    CountDownLatch requestRead = new CountDownLatch(1);
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            Socket socket = silent.accept();
            accepted.add(socket);
            readRequestHead(socket.getInputStream());
            requestRead.countDown(); // and never answers
          }
        } catch (IOException closed) {
          // the test ended
        }
      });
      acceptor.start();
      SelfRequests requests = new SelfRequests("/silent", true, List.of("/silent/charts/a.png"),
          silent.getLocalPort());
      requests.contextInitialized(null);
      assertTrue(requestRead.await(AT_MOST.toSeconds(), TimeUnit.SECONDS), "the first request arrived");
      List<Thread> workers = threadsNamed("chartserve-warm-up-silent");
      assertEquals(1, workers.size(), "one thread sends the requests");

      long start = System.nanoTime();
      requests.contextDestroyed(null);
      long stopMillis = (System.nanoTime() - start) / 1_000_000;

      SelfRequests.Status status = requests.status();
      assertEquals(SelfRequests.State.FAILED, status.state(), String.valueOf(status));
      assertEquals("the application stopped", status.problem());
      assertTrue(stopMillis < 2_000, "stopped in " + stopMillis + " ms");
      assertFalse(workers.get(0).isAlive(), "the thread has ended");
      silent.close();
      acceptor.join(TimeUnit.SECONDS.toMillis(5));
    } finally {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void offStartsNoThreadAndSaysSo() throws Exception {
    SelfRequests requests = new SelfRequests("/off", false, List.of(), 1);
    requests.contextInitialized(null);
    assertEquals(List.of(), threadsNamed("chartserve-warm-up-off"));
    assertEquals(SelfRequests.State.OFF, requests.awaitEnd(Duration.ZERO).state());
    requests.contextDestroyed(null);
  }

  /** Reads up to the blank line that ends a request's head. */
  private static void readRequestHead(InputStream in) throws IOException {
    int last4 = 0;
    for (int b; (b = in.read()) >= 0;) {
      last4 = last4 << 8 | b;
      if (last4 == 0x0D0A0D0A) {
        return;
      }
    }
  }

  private static List<Thread> threadsNamed(String name) {
    return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name)).toList();
  }
}
