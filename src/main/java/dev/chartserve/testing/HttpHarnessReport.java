package dev.chartserve.testing;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an {@link HttpConcurrencyHarness} run found. Immutable.
 *
 * @param threads       clients that requested at once
 * @param iterations    requests per client
 * @param requests      requests that got an answer (of any status)
 * @param compared      answers of 200 compared byte for byte with their serial reference
 * @param elapsed       wall time of the concurrent phase
 * @param failures      every request that failed: no answer, or a status other than 200 and 503
 *                      {@code overloaded}
 * @param refusals      answers of 503 {@code overloaded}: the render gate turned the request away
 *                      (reported, not failed: refusing is how the server stays healthy)
 * @param firstRefusal  the first refusal: which chart, on which client, and the problem's detail
 * @param mismatches    answers of 200 whose body differed from the serial reference
 * @param firstMismatch the first of those, if any
 */
public record HttpHarnessReport(int threads, int iterations, long requests, long compared, Duration elapsed,
    List<HarnessReport.Failure> failures, long refusals, Optional<String> firstRefusal, long mismatches,
    Optional<HarnessReport.Mismatch> firstMismatch) {

  public HttpHarnessReport {
    Objects.requireNonNull(elapsed, "elapsed");
    failures = List.copyOf(failures);
    Objects.requireNonNull(firstRefusal, "firstRefusal");
    Objects.requireNonNull(firstMismatch, "firstMismatch");
  }

  /**
   * No failure, no mismatch, and at least one answer compared (a run whose every request was refused
   * proves nothing).
   */
  public boolean passed() {
    return failures.isEmpty() && mismatches == 0 && compared > 0;
  }

  /** Answers per second in the concurrent phase. */
  public double requestsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? requests / seconds : 0;
  }

  /** One paragraph: the verdict, throughput, refusals, and the first of each kind of failure. */
  public String summary() {
    StringBuilder s = new StringBuilder(passed() ? "PASSED" : "FAILED")
        .append(": ").append(threads).append(" clients × ").append(iterations).append(" requests, ")
        .append(requests).append(" answered in ").append(elapsed.toMillis()).append(" ms (")
        .append(String.format(Locale.ROOT, "%.1f", requestsPerSecond())).append(" requests/s); ")
        .append(compared).append(" compared byte for byte, ").append(mismatches).append(" mismatches, ")
        .append(refusals).append(" refused (503 overloaded), ").append(failures.size()).append(" failed");
    if (compared == 0 && failures.isEmpty() && mismatches == 0) {
      s.append("\nnothing was compared: every request was refused");
    }
    if (!failures.isEmpty()) {
      HarnessReport.Failure first = failures.get(0);
      s.append("\nfirst failure: ").append(first.chart()).append(" on client ").append(first.thread())
          .append(", request ").append(first.iteration()).append(": ").append(first.error().getMessage());
    }
    firstMismatch.ifPresent(m -> s.append("\nfirst mismatch: ").append(m.chart()).append(" on client ")
        .append(m.thread()).append(", request ").append(m.iteration()).append(": ").append(m.differingBytes())
        .append(" bytes differ (reference ").append(m.referenceLength()).append(" bytes, this ")
        .append(m.actualLength()).append(")"));
    firstRefusal.ifPresent(r -> s.append("\nfirst refusal: ").append(r));
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
