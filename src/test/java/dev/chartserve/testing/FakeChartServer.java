package dev.chartserve.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on loopback (the JDK's) that answers under {@code /app/charts/} as a
 * {@link Answer} says: for the harness's and the client's own logic. ChartServe itself is tested in
 * the integration tests, on the real servers.
 */
final class FakeChartServer implements AutoCloseable {
  /** The answer to the n-th request (from 1) for {@code query}. */
  interface Answer {
    Reply reply(int n, String path, String rawQuery);
  }

  record Reply(int status, String contentType, byte[] body) {
    static Reply png(String text) {
      return new Reply(200, "image/png", text.getBytes(StandardCharsets.UTF_8));
    }

    static Reply problem(int status, String type, String detail) {
      return new Reply(status, "application/problem+json", ("{\"type\":\"urn:chartserve:problem:" + type
          + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8);
  private final AtomicInteger requests = new AtomicInteger();

  FakeChartServer(Answer answer) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/app/charts/", exchange -> {
      try (exchange) {
        Reply reply = answer.reply(requests.incrementAndGet(), exchange.getRequestURI().getRawPath(),
            exchange.getRequestURI().getRawQuery());
        send(exchange, reply);
      }
    });
    server.setExecutor(threads);
    server.start();
  }

  URI base() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/app/");
  }

  int requests() {
    return requests.get();
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(reply.status(), reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
