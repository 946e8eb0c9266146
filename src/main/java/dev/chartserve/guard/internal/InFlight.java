package dev.chartserve.guard.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The renders running now and when each began, so that a render stuck past its deadline can be
 * seen: one whose producer never calls back into ChartServe cannot be stopped in-process, and keeps
 * its thread and its permit. Thread-safe.
 */
public final class InFlight {
  private final ConcurrentHashMap<Long, Long> started = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();

  /** Marks a render as running until the returned handle is closed. */
  public Render begin() {
    long id = ids.incrementAndGet();
    started.put(id, System.nanoTime());
    return new Render(id);
  }

  /** Renders running for longer than {@code age}. */
  public int olderThan(Duration age) {
    long now = System.nanoTime();
    long limit = age.toNanos();
    int count = 0;
    for (long start : started.values()) {
      if (now - start > limit) {
        count++;
      }
    }
    return count;
  }

  /** A running render; closing it ends it. */
  public final class Render implements AutoCloseable {
    private final long id;

    private Render(long id) {
      this.id = id;
    }

    @Override
    public void close() {
      started.remove(id);
    }
  }
}
