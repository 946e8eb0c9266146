package dev.chartserve.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The warm-up requests against real loopback servers: the JDK's HTTP server, and one that never answers. */
class WarmUpRequestsTest {
  @Test
  void waitsForHealthThenRequestsEachChartOnceInOrder() throws Exception {
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
      WarmUpRequests warmUp = new WarmUpRequests("/app", true,
          List.of("/app/charts/a.png?sig=x", "/app/charts/missing.svg"), server.getAddress().getPort());
      assertEquals(WarmUpRequests.State.PENDING, warmUp.status().state());
      warmUp.contextInitialized(null);
      WarmUpRequests.Status status = awaitEnd(warmUp);

      assertEquals(WarmUpRequests.State.DONE, status.state(), String.valueOf(status));
      assertEquals(List.of("/app/charts/_health", "/app/charts/_health", "/app/charts/_health",
          "/app/charts/a.png?sig=x", "/app/charts/missing.svg"), seen);
      assertEquals("_health 200 after 3 tries", status.results().get(0));
      assertTrue(status.results().get(1).startsWith("/app/charts/a.png?sig=x 200 in "), status.results().get(1));
      assertTrue(status.results().get(2).startsWith("/app/charts/missing.svg 404 in "), status.results().get(2));
      assertEquals(null, status.problem());
      warmUp.contextDestroyed(null);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void stoppingTheApplicationEndsAWarmUpThatWaitsForAnAnswer() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<Socket> accepted = new CopyOnWriteArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            accepted.add(silent.accept()); // never answers
          }
        } catch (IOException closed) {
          // the test ended
        }
      });
      acceptor.start();
      WarmUpRequests warmUp = new WarmUpRequests("", true, List.of("/charts/a.png"), silent.getLocalPort());
      warmUp.contextInitialized(null);
      while (accepted.isEmpty()) {
        Thread.sleep(10);
      }
      long start = System.nanoTime();
      warmUp.contextDestroyed(null);
      long stopMillis = (System.nanoTime() - start) / 1_000_000;

      WarmUpRequests.Status status = warmUp.status();
      assertEquals(WarmUpRequests.State.FAILED, status.state());
      assertEquals("the application stopped", status.problem());
      assertTrue(stopMillis < 2_000, "stopped in " + stopMillis + " ms");
      assertFalse(Thread.getAllStackTraces().keySet().stream()
          .anyMatch(thread -> thread.getName().startsWith("chartserve-warm-up")), "no warm-up thread left");
      silent.close();
      acceptor.join(5_000);
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  @Test
  void offSendsNothingAndSaysSo() {
    WarmUpRequests warmUp = new WarmUpRequests("/app", false, List.of(), 1);
    warmUp.contextInitialized(null);
    assertEquals(WarmUpRequests.State.OFF, warmUp.status().state());
    warmUp.contextDestroyed(null);
  }

  @Test
  void aWildcardAddressIsReachedOnLoopback() {
    assertEquals("127.0.0.1", ServerPort.address("0.0.0.0", 8080).getHostString());
    assertEquals("127.0.0.1", ServerPort.address("/0:0:0:0:0:0:0:0", 8080).getHostString());
    assertEquals("127.0.0.1", ServerPort.address(null, 8080).getHostString());
    assertEquals("127.0.0.2", ServerPort.address("127.0.0.2", 8080).getHostString());
  }

  private static WarmUpRequests.Status awaitEnd(WarmUpRequests warmUp) throws InterruptedException {
    long giveUp = System.nanoTime() + 30_000_000_000L;
    while (warmUp.status().state() == WarmUpRequests.State.PENDING && System.nanoTime() < giveUp) {
      Thread.sleep(10);
    }
    return warmUp.status();
  }
}
