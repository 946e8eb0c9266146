package dev.chartserve.guard;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Bounds rendering: at most {@code maxConcurrent} renders at once, at most {@code maxQueued} waiting
 * for a permit, each waiting at most {@code queueTimeout}. A request beyond either bound is rejected at
 * once, or when its wait runs out, with a {@link Rejection} that says which limit, how long it waited
 * and how busy the gate was.
 *
 * <p>Waiters are served in arrival order (a fair lock). Renders run on the caller's thread: the gate
 * starts no threads and holds its lock only to decide, never while a render runs.
 *
 * <p>Thread-safe.
 */
public final class RenderGate {
  private final int maxConcurrent;
  private final int maxQueued;
  private final long queueTimeoutNanos;
  private final LongSupplier nanoTime;

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition permitFreed = lock.newCondition();
  private int running;
  private int waiting;
  private long admitted;
  private long rejectedQueueFull;
  private long rejectedTimeout;

  /**
   * @param maxConcurrent renders at once, at least 1
   * @param maxQueued     requests allowed to wait for a permit, at least 0
   * @param queueTimeout  how long one request may wait, not negative
   */
  public RenderGate(int maxConcurrent, int maxQueued, Duration queueTimeout) {
    this(maxConcurrent, maxQueued, queueTimeout, System::nanoTime);
  }

  RenderGate(int maxConcurrent, int maxQueued, Duration queueTimeout, LongSupplier nanoTime) {
    if (maxConcurrent < 1) {
      throw new IllegalArgumentException("maxConcurrent < 1: " + maxConcurrent);
    }
    if (maxQueued < 0) {
      throw new IllegalArgumentException("maxQueued < 0: " + maxQueued);
    }
    if (queueTimeout.isNegative()) {
      throw new IllegalArgumentException("queueTimeout < 0: " + queueTimeout);
    }
    this.maxConcurrent = maxConcurrent;
    this.maxQueued = maxQueued;
    this.queueTimeoutNanos = queueTimeout.toNanos();
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /**
   * A permit to render, waiting for one if all are taken. Close the permit when the render ends.
   *
   * @throws Rejected if the queue is full, or no permit came within the queue timeout
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public Permit acquire() throws Rejected, InterruptedException {
    long start = nanoTime.getAsLong();
    lock.lockInterruptibly();
    try {
      if (running < maxConcurrent && waiting == 0) {
        return admit();
      }
      if (waiting >= maxQueued) {
        rejectedQueueFull++;
        throw new Rejected(rejection(Rejection.Limit.QUEUE_FULL, 0));
      }
      waiting++;
      try {
        while (running >= maxConcurrent) {
          long remaining = queueTimeoutNanos - (nanoTime.getAsLong() - start);
          if (remaining <= 0) {
            rejectedTimeout++;
            throw new Rejected(rejection(Rejection.Limit.QUEUE_TIMEOUT, nanoTime.getAsLong() - start));
          }
          permitFreed.awaitNanos(remaining);
        }
      } finally {
        waiting--;
      }
      return admit();
    } finally {
      lock.unlock();
    }
  }

  /** Renders running now. */
  public int running() {
    lock.lock();
    try {
      return running;
    } finally {
      lock.unlock();
    }
  }

  /** Requests waiting for a permit now. */
  public int waiting() {
    lock.lock();
    try {
      return waiting;
    } finally {
      lock.unlock();
    }
  }

  /** A consistent view of the gate's limits, occupancy and counters. */
  public Snapshot snapshot() {
    lock.lock();
    try {
      return new Snapshot(maxConcurrent, maxQueued, Duration.ofNanos(queueTimeoutNanos), running, waiting,
          admitted, rejectedQueueFull, rejectedTimeout);
    } finally {
      lock.unlock();
    }
  }

  /** Wakes every waiter to look at the clock again; for a test's fake clock. */
  void wakeWaiters() {
    lock.lock();
    try {
      permitFreed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private Permit admit() {
    running++;
    admitted++;
    return new Permit();
  }

  private Rejection rejection(Rejection.Limit limit, long waitedNanos) {
    return new Rejection(limit, TimeUnit.NANOSECONDS.toMillis(waitedNanos), running, waiting, maxConcurrent,
        maxQueued, TimeUnit.NANOSECONDS.toMillis(queueTimeoutNanos));
  }

  /** The right to run one render. Closing it gives the permit back; closing twice does nothing. */
  public final class Permit implements AutoCloseable {
    private boolean closed;

    private Permit() {
    }

    @Override
    public void close() {
      lock.lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
        running--;
        permitFreed.signal();
      } finally {
        lock.unlock();
      }
    }
  }

  /** Thrown when the gate turns a request away; {@link #rejection()} says why. */
  public static final class Rejected extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Rejection rejection;

    Rejected(Rejection rejection) {
      super(rejection.message(), null, false, false);
      this.rejection = rejection;
    }

    public Rejection rejection() {
      return rejection;
    }
  }

  /** The gate's limits, occupancy and counters at one moment. */
  public record Snapshot(int maxConcurrent, int maxQueued, Duration queueTimeout, int running, int waiting,
      long admitted, long rejectedQueueFull, long rejectedTimeout) {
  }
}
