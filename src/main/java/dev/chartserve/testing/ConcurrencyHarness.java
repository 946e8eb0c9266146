package dev.chartserve.testing;

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
import java.util.concurrent.locks.ReentrantLock;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.Renderer;

/**
 * The test the seeds asked for, grown up: draws each chart once on its own as the reference, then
 * has many threads draw all of them many times in random order, as a busy server would, and
 * compares every image byte for byte with its reference. A chart that shares state between requests
 * shows up as exceptions or mismatches; one that is safe gives identical bytes every time.
 *
 * <pre>{@code
 * ConcurrencyHarness.create()
 *     .chart(new SalesChart(), "sales.png?width=640")
 *     .chart(new SalesChart(), "sales.svg")
 *     .threads(16).iterations(100)
 *     .run()
 *     .assertPassed();
 * }</pre>
 *
 * <p>In a JUnit 5 test, {@link ChartConcurrencyTest @ChartConcurrencyTest} does the running and
 * asserting. Not thread-safe itself: configure and run it from one thread.
 */
public final class ConcurrencyHarness {
  private final List<ChartCase> cases = new ArrayList<>();
  private int threads = 16;
  private int iterations = 100;
  private long seed = 20090313L; // the date of seed 000's mailing-list post
  private boolean globalLock;
  private Duration timeout = Duration.ofMinutes(10);

  private ConcurrencyHarness() {
  }

  /** A harness with 16 threads × 100 iterations and no charts yet. */
  public static ConcurrencyHarness create() {
    return new ConcurrencyHarness();
  }

  /** Adds a chart, as the tail of its URL: {@code "seed-hist.png?width=320"}. */
  public ConcurrencyHarness chart(ChartProducer producer, String urlTail) {
    return chart(ChartCase.of(producer, urlTail));
  }

  public ConcurrencyHarness chart(ChartCase chartCase) {
    cases.add(Objects.requireNonNull(chartCase, "chartCase"));
    return this;
  }

  /** Threads drawing at once; default 16. */
  public ConcurrencyHarness threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads < 1: " + threads);
    }
    this.threads = threads;
    return this;
  }

  /** Renders per thread; default 100. */
  public ConcurrencyHarness iterations(int iterations) {
    if (iterations < 1) {
      throw new IllegalArgumentException("iterations < 1: " + iterations);
    }
    this.iterations = iterations;
    return this;
  }

  /** The seed of the random order; the same seed gives the same order on each thread. */
  public ConcurrencyHarness seed(long seed) {
    this.seed = seed;
    return this;
  }

  /** Renders one at a time under one fair lock, as {@code chartserve.mode=global-lock} does. */
  public ConcurrencyHarness globalLock(boolean globalLock) {
    this.globalLock = globalLock;
    return this;
  }

  /** How long the concurrent phase may take before the run fails; default 10 minutes. */
  public ConcurrencyHarness timeout(Duration timeout) {
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    return this;
  }

  /** Whether any chart was added. */
  public boolean hasCharts() {
    return !cases.isEmpty();
  }

  /** Draws the references, then runs the threads; returns what it found. */
  public HarnessReport run() throws InterruptedException {
    if (cases.isEmpty()) {
      throw new IllegalStateException("no charts: add some with chart(producer, \"name.png\")");
    }
    AtomicLong openFigures = new AtomicLong();
    ReentrantLock lock = globalLock ? new ReentrantLock(true) : null;
    List<byte[]> references = new ArrayList<>();
    for (ChartCase c : cases) {
      try {
        references.add(render(c, openFigures, null));
      } catch (Exception e) {
        throw new IllegalStateException("the serial reference render of " + c.label() + " failed", e);
      }
    }

    List<HarnessReport.Failure> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicLong renders = new AtomicLong();
    AtomicLong mismatches = new AtomicLong();
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
            int index = order.nextInt(cases.size());
            ChartCase c = cases.get(index);
            try {
              byte[] image = render(c, openFigures, lock);
              renders.incrementAndGet();
              byte[] reference = references.get(index);
              int differing = differingBytes(reference, image);
              if (differing > 0) {
                mismatches.incrementAndGet();
                firstMismatch.compareAndSet(null, new HarnessReport.Mismatch(c.label(), thread, i, differing,
                    reference.length, image.length));
              }
            } catch (Throwable e) {
              failures.add(new HarnessReport.Failure(c.label(), thread, i, e));
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        } finally {
          done.countDown();
        }
      }, "chartserve-harness-" + t);
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
    return new HarnessReport(threads, iterations, renders.get(), elapsed, failures, mismatches.get(),
        Optional.ofNullable(firstMismatch.get()), openFigures.get());
  }

  /** One render, as the server does it: a new figure, the producer, the request's size, the encoder. */
  private static byte[] render(ChartCase c, AtomicLong openFigures, ReentrantLock lock) throws Exception {
    if (lock != null) {
      lock.lock();
    }
    Figure figure = new Figure();
    openFigures.incrementAndGet();
    try {
      c.producer().draw(figure, c.request());
      c.request().applySize(figure);
      return Renderer.render(figure, c.request().format());
    } finally {
      figure.close();
      openFigures.decrementAndGet();
      if (lock != null) {
        lock.unlock();
      }
    }
  }

  static int differingBytes(byte[] reference, byte[] actual) {
    int common = Math.min(reference.length, actual.length);
    int differing = Math.abs(reference.length - actual.length);
    for (int i = 0; i < common; i++) {
      if (reference[i] != actual[i]) {
        differing++;
      }
    }
    return differing;
  }
}
