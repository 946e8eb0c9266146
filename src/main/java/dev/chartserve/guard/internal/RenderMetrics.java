package dev.chartserve.guard.internal;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts of what happened to chart requests, and the distribution of render and queue-wait times.
 * Lock-free: recording costs a few atomic adds, so it sits on the request path.
 *
 * <p>Times go into buckets that grow by a quarter-octave (about 19 %) from 0.1 ms to about 100 s, so a
 * percentile is exact to within one bucket. Thread-safe.
 */
public final class RenderMetrics {
  private static final double FIRST_BUCKET_MILLIS = 0.1;
  private static final double GROWTH = Math.pow(2, 0.25);
  private static final int BUCKETS = 81;

  private final LongAdder rendered = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder timedOut = new LongAdder();
  private final LongAdder rejected = new LongAdder();
  private final AtomicLongArray renderTimes = new AtomicLongArray(BUCKETS);
  private final AtomicLongArray queueWaits = new AtomicLongArray(BUCKETS);
  private final AtomicLongArray lockWaits = new AtomicLongArray(BUCKETS);
  private final AtomicLongArray lockHolds = new AtomicLongArray(BUCKETS);

  /** A render that produced an image in {@code nanos}. */
  public void rendered(long nanos) {
    rendered.increment();
    renderTimes.incrementAndGet(bucket(nanos));
  }

  /** A render that threw. */
  public void failed() {
    failed.increment();
  }

  /** A render stopped by its deadline. */
  public void timedOut() {
    timedOut.increment();
  }

  /** A request turned away by the gate. */
  public void rejected() {
    rejected.increment();
  }

  /** How long a request waited for its render permit. */
  public void waited(long nanos) {
    queueWaits.incrementAndGet(bucket(nanos));
  }

  /** Global-lock mode: how long a request waited for the lock. */
  public void lockWaited(long nanos) {
    lockWaits.incrementAndGet(bucket(nanos));
  }

  /** Global-lock mode: how long a request held the lock. */
  public void lockHeld(long nanos) {
    lockHolds.incrementAndGet(bucket(nanos));
  }

  /** The global-lock wait below which {@code percent} % of requests waited, in ms. */
  public double lockWaitMillis(double percent) {
    return percentile(lockWaits, percent);
  }

  /** The global-lock hold time below which {@code percent} % of requests stayed, in ms. */
  public double lockHoldMillis(double percent) {
    return percentile(lockHolds, percent);
  }

  public long renderedCount() {
    return rendered.sum();
  }

  public long failedCount() {
    return failed.sum();
  }

  public long timedOutCount() {
    return timedOut.sum();
  }

  public long rejectedCount() {
    return rejected.sum();
  }

  /** The render time below which {@code percent} % of renders finished, in ms; 0 before any render. */
  public double renderMillis(double percent) {
    return percentile(renderTimes, percent);
  }

  /** The queue wait below which {@code percent} % of admitted requests waited, in ms. */
  public double queueWaitMillis(double percent) {
    return percentile(queueWaits, percent);
  }

  static int bucket(long nanos) {
    double millis = nanos / 1e6;
    if (millis <= FIRST_BUCKET_MILLIS) {
      return 0;
    }
    int bucket = 1 + (int) Math.floor(Math.log(millis / FIRST_BUCKET_MILLIS) / Math.log(GROWTH));
    return Math.min(bucket, BUCKETS - 1);
  }

  /** The upper bound of a bucket in ms. */
  static double upperMillis(int bucket) {
    return FIRST_BUCKET_MILLIS * Math.pow(GROWTH, bucket);
  }

  private static double percentile(AtomicLongArray buckets, double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100], was " + percent);
    }
    long[] counts = new long[BUCKETS];
    long total = 0;
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] = buckets.get(i);
      total += counts[i];
    }
    if (total == 0) {
      return 0;
    }
    long rank = (long) Math.ceil(total * percent / 100);
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return Math.round(upperMillis(i) * 100) / 100.0;
      }
    }
    return upperMillis(BUCKETS - 1);
  }
}
