package dev.chartserve.testing;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What a {@link ConcurrencyHarness} run found. Immutable.
 *
 * @param threads      threads that rendered at once
 * @param iterations   renders per thread
 * @param renders      renders that completed (with or without a mismatch)
 * @param elapsed      wall time of the concurrent phase
 * @param failures     every render that threw
 * @param mismatches   how many renders differed from their serial reference
 * @param firstMismatch the first of those, if any
 * @param openFigures  figures the renders left open (always closed by the harness; must be 0)
 */
public record HarnessReport(int threads, int iterations, long renders, Duration elapsed, List<Failure> failures,
    long mismatches, Optional<Mismatch> firstMismatch, long openFigures) {

  public HarnessReport {
    failures = List.copyOf(failures);
  }

  /** A render that threw: which chart, on which thread, at which iteration. */
  public record Failure(String chart, int thread, int iteration, Throwable error) {
  }

  /** A render whose bytes differed from the serial reference. */
  public record Mismatch(String chart, int thread, int iteration, int differingBytes, int referenceLength,
      int actualLength) {
    @Override
    public String toString() {
      return chart + " on thread " + thread + ", iteration " + iteration + ": " + differingBytes
          + " bytes differ (reference " + referenceLength + " bytes, this " + actualLength + ")";
    }
  }

  /** No exception, no mismatch, no figure left open. */
  public boolean passed() {
    return failures.isEmpty() && mismatches == 0 && openFigures == 0;
  }

  /** Renders per second in the concurrent phase. */
  public double rendersPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? renders / seconds : 0;
  }

  /** One paragraph: the verdict, throughput, and the first of each kind of failure. */
  public String summary() {
    StringBuilder s = new StringBuilder(passed() ? "PASSED" : "FAILED")
        .append(": ").append(threads).append(" threads × ").append(iterations).append(" iterations, ")
        .append(renders).append(" renders in ").append(elapsed.toMillis()).append(" ms (")
        .append(String.format(java.util.Locale.ROOT, "%.1f", rendersPerSecond())).append(" renders/s); ")
        .append(failures.size()).append(" exceptions, ").append(mismatches).append(" mismatches, ")
        .append(openFigures).append(" figures left open");
    if (!failures.isEmpty()) {
      Failure first = failures.get(0);
      s.append("\nfirst exception: ").append(first.chart()).append(" on thread ").append(first.thread())
          .append(", iteration ").append(first.iteration()).append(": ").append(first.error());
    }
    firstMismatch.ifPresent(m -> s.append("\nfirst mismatch: ").append(m));
    return s.toString();
  }

  /** @throws AssertionError with the {@link #summary()} unless the run {@linkplain #passed() passed} */
  public void assertPassed() {
    if (!passed()) {
      AssertionError error = new AssertionError(summary());
      if (!failures.isEmpty()) {
        error.initCause(failures.get(0).error());
      }
      throw error;
    }
  }
}
