package dev.chartserve.web.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import dev.chartserve.guard.Rejection;
import dev.chartserve.guard.RenderMetrics;
import dev.chartserve.pyplot.Pyplot;

/**
 * Pyplot's one process-wide lock ({@link Pyplot#globalLock()}), held for a whole chart request in
 * {@code global-lock} mode: by {@link dev.chartserve.web.ChartFilter} for {@code /charts/*}, by
 * {@link ChartDrawing} for a page's tags. Waiting is bounded like the render gate's queue: at most
 * {@code maxQueuedRenders} waiting, each for at most {@code queueTimeout}, and a request whose
 * predicted wait (the requests ahead of it times the median hold of the lock) is longer than the
 * queue timeout is refused at once; beyond, a 503. The wait and
 * the hold are recorded in the application's metrics.
 */
public final class GlobalLock implements AutoCloseable {
  private final ReentrantLock lock;
  private final RenderMetrics metrics;
  private final long heldSince;

  private GlobalLock(ReentrantLock lock, RenderMetrics metrics, long heldSince) {
    this.lock = lock;
    this.metrics = metrics;
    this.heldSince = heldSince;
  }

  /**
   * Takes the lock for the current thread, within the application's queue limits.
   *
   * @throws ProblemException a 503 (queue full or queue timeout) if the lock was not taken
   */
  public static GlobalLock acquire(AppState state) {
    ReentrantLock lock = Pyplot.globalLock();
    Settings settings = state.settings();
    long start = System.nanoTime();
    long holdMillis = Math.round(state.metrics().lockHoldMillis(50));
    long predictedMillis = (lock.getQueueLength() + (lock.isLocked() ? 1 : 0)) * holdMillis;
    Rejection.Limit refused = null;
    if (lock.getQueueLength() >= settings.maxQueuedRenders()) {
      refused = Rejection.Limit.QUEUE_FULL;
    } else if (predictedMillis > settings.queueTimeout().toMillis()) {
      refused = Rejection.Limit.WAIT_TOO_LONG;
    } else {
      try {
        if (!lock.tryLock(settings.queueTimeout().toNanos(), TimeUnit.NANOSECONDS)) {
          refused = Rejection.Limit.QUEUE_TIMEOUT;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        refused = Rejection.Limit.QUEUE_TIMEOUT;
      }
    }
    long waited = System.nanoTime() - start;
    if (refused != null) {
      state.metrics().rejected();
      throw new ProblemException(Problem.overloaded(new Rejection(refused, TimeUnit.NANOSECONDS.toMillis(waited),
          predictedMillis, holdMillis, 1, lock.getQueueLength(), 1, settings.maxQueuedRenders(),
          settings.queueTimeout().toMillis())));
    }
    state.metrics().lockWaited(waited);
    return new GlobalLock(lock, state.metrics(), System.nanoTime());
  }

  /** Empties pyplot's shared state for the next request, records the hold and releases the lock. */
  @Override
  public void close() {
    try {
      Pyplot.close("all");
    } finally {
      metrics.lockHeld(System.nanoTime() - heldSince);
      lock.unlock();
    }
  }
}
