package dev.chartserve.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

/**
 * Clients that request chart images one after the other, without pause, until stopped or until a hard
 * deadline, and record what every request got. A request fails unless it is a 200 with an image's
 * content type, a non-empty body and an {@code ETag}; the failures are kept with what they were.
 * Bounded: a fixed number of clients, a deadline, a timeout on every request.
 */
final class SteadyLoad implements AutoCloseable {
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** What the load did: requests sent, failures (each described), and the proxy's cache verdicts. */
  record Result(long requests, List<String> failures, Map<String, Long> cacheStatuses) {
    @Override
    public String toString() {
      return requests + " requests, " + failures.size() + " failed" + (failures.isEmpty() ? "" : " (the first: "
          + failures.subList(0, Math.min(5, failures.size())) + ")") + ", X-Cache-Status " + cacheStatuses;
    }
  }

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ExecutorService clients;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final LongAdder requests = new LongAdder();
  private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
  private final Map<String, LongAdder> cacheStatuses = new ConcurrentHashMap<>();
  private final long deadline;

  /**
   * Starts {@code clientCount} clients; client {@code c}'s {@code i}-th request is {@code urls(i * clientCount + c)}.
   * They stop at {@link #stop} or after {@code deadline}, whichever comes first.
   */
  static SteadyLoad start(int clientCount, Duration deadline, IntFunction<URI> urls) {
    return new SteadyLoad(clientCount, deadline, urls);
  }

  private SteadyLoad(int clientCount, Duration deadline, IntFunction<URI> urls) {
    this.deadline = System.nanoTime() + deadline.toNanos();
    this.clients = Executors.newFixedThreadPool(clientCount);
    for (int c = 0; c < clientCount; c++) {
      int client = c;
      clients.execute(() -> {
        for (int i = 0; !stop.get() && System.nanoTime() < this.deadline; i++) {
          request(urls.apply(i * clientCount + client));
        }
      });
    }
  }

  /** Requests sent so far. */
  long requests() {
    return requests.sum();
  }

  /** Stops the clients, waits for their last requests, and says what happened. */
  Result stop() throws InterruptedException {
    stop.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(REQUEST_TIMEOUT.toSeconds() + 10, TimeUnit.SECONDS)) {
      clients.shutdownNow();
      throw new AssertionError("the load's clients did not stop within the request timeout");
    }
    Map<String, Long> statuses = new TreeMap<>();
    cacheStatuses.forEach((status, count) -> statuses.put(status, count.sum()));
    return new Result(requests.sum(), List.copyOf(failures), statuses);
  }

  /** Lets the load run for {@code duration} (or to its deadline), then {@link #stop}s it. */
  Result runFor(Duration duration) throws InterruptedException {
    long until = Math.min(System.nanoTime() + duration.toNanos(), deadline);
    long left = until - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.sleep(left); // the load's own length, not a wait for something to happen
    }
    return stop();
  }

  @Override
  public void close() throws InterruptedException {
    if (!clients.isShutdown()) {
      stop();
    }
  }

  private void request(URI uri) {
    requests.increment();
    try {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      cacheStatuses.computeIfAbsent(response.headers().firstValue("X-Cache-Status").orElse("(none)"),
          status -> new LongAdder()).increment();
      String type = response.headers().firstValue("Content-Type").orElse("");
      if (response.statusCode() != 200 || !type.startsWith("image/") || response.body().length == 0
          || response.headers().firstValue("ETag").isEmpty()) {
        failures.add(uri + ": HTTP " + response.statusCode() + " " + type + " "
            + new String(response.body(), 0, Math.min(200, response.body().length), java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (Exception e) {
      failures.add(uri + ": " + e);
    }
  }
}
