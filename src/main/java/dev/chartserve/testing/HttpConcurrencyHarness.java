package dev.chartserve.testing;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The {@link ConcurrencyHarness}'s test through the real container: fetches each chart once on its
 * own as the reference, then has many clients fetch all of them many times in random order, and
 * compares every body byte for byte with its reference. The requests take the whole path a user's do
 * — the server's threads, ChartServe's filter, JAX-RS, CDI's producers, the render gate — so shared
 * state anywhere on it shows up as mismatches or failures.
 *
 * <pre>{@code
 * HttpConcurrencyHarness.create(ChartClient.of(base))
 *     .chart("sales.png?region=north")
 *     .chart("sales.png?region=south&width=320")
 *     .threads(16).iterations(50)
 *     .run()
 *     .assertPassed();
 * }</pre>
 *
 * <p>Identical requests in flight share one render on the server (their {@code ETag} is the same), so
 * give it several different charts or parameters: requests for different URLs are what render side by
 * side. A 503 {@code overloaded} is counted as a refusal, not a failure. Not thread-safe itself:
 * configure and run it from one thread.
 */
public final class HttpConcurrencyHarness {
  private static final Pattern OVERLOADED = Pattern.compile("\"type\"\\s*:\\s*\"urn:chartserve:problem:overloaded\"");

  private final ChartClient client;
  private final List<UrlTail> charts = new ArrayList<>();
  private int threads = 16;
  private int iterations = 100;
  private long seed = 20090313L; // the date of seed 000's mailing-list post, as in-process
  private Duration timeout = Duration.ofMinutes(10);

  private HttpConcurrencyHarness(ChartClient client) {
    this.client = client;
  }

  /** A harness over {@code client} with 16 clients × 100 requests and no charts yet. */
  public static HttpConcurrencyHarness create(ChartClient client) {
    return new HttpConcurrencyHarness(Objects.requireNonNull(client, "client"));
  }

  /** Adds a chart, as the tail of its URL: {@code "sales.png?region=north"} (signed by the client). */
  public HttpConcurrencyHarness chart(String urlTail) {
    charts.add(UrlTail.parse(urlTail));
    return this;
  }

  /** Clients requesting at once; default 16. */
  public HttpConcurrencyHarness threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.threads = threads;
    return this;
  }

  /** Requests per client; default 100. */
  public HttpConcurrencyHarness iterations(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations < 1: " + iterations);
    }
    this.iterations = iterations;
    return this;
  }

  /** The seed of the random order; the same seed gives the same order on each client. */
  public HttpConcurrencyHarness seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** How long the concurrent phase may take before the run fails; default 10 minutes. */
  public HttpConcurrencyHarness timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** Whether any chart was added. */
  public boolean hasCharts() {
    return !charts.isEmpty();
  }

  /**
   * Fetches the references one at a time, then runs the clients; returns what they found.
   *
   * @throws IllegalStateException if a reference request fails or answers anything but 200: without
   *                               a reference there is nothing to compare
   */
  public HttpHarnessReport run() throws InterruptedException {
    if (charts.isEmpty()) {
      throw new IllegalStateException("no charts: add some with chart(\"name.png?parameters\")");
    }
    List<URI> uris = new ArrayList<>();
    List<byte[]> references = new ArrayList<>();
    for (UrlTail chart : charts) {
      URI uri = client.uri(chart);
      ChartResponse reference;
      try {
        reference = client.get(uri);
      } catch (IOException e) {
        throw new IllegalStateException("the serial reference request of " + chart.text() + " failed: " + e, e);
      }
      if (reference.status() != 200) {
        throw new IllegalStateException("the serial reference request failed: " + reference + ": " + reference.text());
      }
      uris.add(uri);
      references.add(reference.bodyUnsafe());
    }

    List<HarnessReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicLong requests = new AtomicLong();
    AtomicLong compared = new AtomicLong();
    AtomicLong refusals = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
    AtomicReference<String> firstRefusal = new AtomicReference<>();
    AtomicReference<HarnessReport.Mismatch> firstMismatch = new AtomicReference<>();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(threads);
    List<Thread> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread worker = new Thread(() -> {
        Random order = new Random(seed + thread);
        try {
          start.await();
          for (int i = 0; i < iterations; i++) {
            int index = order.nextInt(charts.size());
            String label = charts.get(index).text();
            try {
              ChartResponse response = client.get(uris.get(index));
              requests.incrementAndGet();
              if (response.status() == 200) {
                compared.incrementAndGet();
                byte[] reference = references.get(index);
                int differing = ConcurrencyHarness.differingBytes(reference, response.bodyUnsafe());
                if (differing > 0) {
                  mismatches.incrementAndGet();
                  firstMismatch.compareAndSet(null, new HarnessReport.Mismatch(label, thread, i, differing,
                      reference.length, response.bodyUnsafe().length));
                }
              } else if (response.status() == 503 && OVERLOADED.matcher(response.text()).find()) {
                refusals.incrementAndGet();
                firstRefusal.compareAndSet(null, label + " on client " + thread + ", request " + i + ": "
                    + response.text());
              } else {
                failures.add(new HarnessReport.Failure(label, thread, i,
                    new IllegalStateException(response + ": " + response.text())));
              }
            } catch (InterruptedException e) {
              throw e;
            } catch (Exception e) {
              failures.add(new HarnessReport.Failure(label, thread, i, e));
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }, "chartserve-http-harness-" + t);
      worker.setDaemon(true);
      workers.add(worker);
      worker.start();
    }
    long began = System.nanoTime();
    start.countDown();
    boolean finished = done.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - began);
    if (!finished) {
      workers.forEach(Thread::interrupt);
      failures.add(new HarnessReport.Failure("(all)", -1, -1,
          new IllegalStateException("the run did not finish within " + timeout)));
    }
    return new HttpHarnessReport(threads, iterations, requests.get(), compared.get(), elapsed, failures,
        refusals.get(), Optional.ofNullable(firstRefusal.get()), mismatches.get(),
        Optional.ofNullable(firstMismatch.get()));
  }
}
