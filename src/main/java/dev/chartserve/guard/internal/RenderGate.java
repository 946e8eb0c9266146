package dev.chartserve.guard.internal;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Bounds rendering: at most {@code maxConcurrent} renders at once; a request that finds every slot
 * taken waits for one when the gate predicts it can be served within {@code queueTimeout}, and is
 * turned away at once when it cannot. A {@link Rejection} says which limit, how long the request
 * waited, what the gate predicted and how busy it was.
 *
 * <p><b>The prediction.</b> The gate measures how long each permit is held (a render slot's time:
 * drawing and encoding) and keeps a moving average of it, {@link Snapshot#slotTime()}. A request
 * that would be {@code n}-th in line (the {@code waiting} requests ahead of it, plus one) waits about
 * {@code n × slotTime / maxConcurrent}: each slot frees once per {@code slotTime}, and the line moves
 * by one each time a slot frees. Renders that have run longer than the average (a slow chart, one
 * stuck in a producer that never calls back) stretch the slot time to their mean age, so a gate whose
 * slots are stuck refuses at once instead of filling its queue with requests that will time out. The
 * wait predicted for the next request is {@link Snapshot#predictedWait()}, and it is the
 * {@code Retry-After} of a refusal.
 *
 * <p><b>The hard cap.</b> At most {@code maxQueued} requests wait, whatever the prediction: each
 * holds a server thread.
 *
 * <p>Waiters are served in arrival order (a fair lock). Renders run on the caller's thread: the gate
 * starts no threads and holds its lock only to decide, never while a render runs.
 *
 * <p>Thread-safe.
 */
public final class RenderGate {
  /** The weight of the newest slot time in the moving average: 1/8. */
  private static final int AVERAGE_SHIFT = 3;

  private final int maxConcurrent;
  private final int maxQueued;
  private final long queueTimeoutNanos;
  private final LongSupplier nanoTime;

  private final ReentrantLock lock = new ReentrantLock(true);
  private final Condition permitFreed = lock.newCondition();
  private int running;
  private int waiting;
  /**
   * The sum of the running permits' start times, each counted from {@link #epoch}, for their mean
   * age; the epoch moves to the present whenever nothing runs, so the sum stays small.
   */
  private long runningSinceSum;
  private long epoch;
  /** The moving average of a permit's hold time; 0 until the first permit is closed. */
  private long slotNanos;
  private long admitted;
  private long rejectedQueueFull;
  private long rejectedWaitTooLong;
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
   * A permit to render, waiting for one if all are taken and the wait is predicted to fit in the
   * queue timeout. Close the permit when the render ends.
   *
   * @throws Rejected if the queue is full, the predicted wait is longer than the queue timeout, or no
   *                  permit came within the queue timeout
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  public Permit acquire() throws Rejected, InterruptedException {
    long start = nanoTime.getAsLong();
    lock.lockInterruptibly();
    try {
      if (running < maxConcurrent && waiting == 0) {
        return admit(start);
      }
      if (waiting >= maxQueued) {
        rejectedQueueFull++;
        throw new Rejected(rejection(Rejection.Limit.QUEUE_FULL, 0, start));
      }
      if (predictedWaitNanos(start) > queueTimeoutNanos) {
        rejectedWaitTooLong++;
        throw new Rejected(rejection(Rejection.Limit.WAIT_TOO_LONG, 0, start));
      }
      waiting++;
      try {
        long remaining = queueTimeoutNanos;
        while (running >= maxConcurrent && remaining > 0) {
          permitFreed.awaitNanos(remaining);
          remaining = queueTimeoutNanos - (nanoTime.getAsLong() - start);
        }
      } finally {
        waiting--;
      }
      if (running >= maxConcurrent) {
        long now = nanoTime.getAsLong();
        rejectedTimeout++;
        throw new Rejected(rejection(Rejection.Limit.QUEUE_TIMEOUT, now - start, now));
      }
      return admit(nanoTime.getAsLong());
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

  /** A consistent view of the gate's limits, occupancy, prediction and counters. */
  public Snapshot snapshot() {
    lock.lock();
    try {
      long now = nanoTime.getAsLong();
      return new Snapshot(maxConcurrent, maxQueued, Duration.ofNanos(queueTimeoutNanos), running, waiting,
          Duration.ofNanos(slotNanos(now)), Duration.ofNanos(predictedWaitNanos(now)), admitted,
          rejectedQueueFull, rejectedWaitTooLong, rejectedTimeout);
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

  private Permit admit(long now) {
    if (running == 0) {
      epoch = now;
      runningSinceSum = 0;
    }
    running++;
    runningSinceSum += now - epoch;
    admitted++;
    return new Permit(now);
  }

  /** What a request arriving at {@code now} would wait: 0 if a slot is free and nobody waits. */
  private long predictedWaitNanos(long now) {
    if (running < maxConcurrent && waiting == 0) {
      return 0;
    }
    return (waiting + 1) * slotNanos(now) / maxConcurrent;
  }

  /** The slot time the prediction uses: the average, or the running renders' mean age if longer. */
  private long slotNanos(long now) {
    long meanAge = running == 0 ? 0 : now - epoch - runningSinceSum / running;
    return Math.max(slotNanos, meanAge);
  }

  private void released(long since, long now) {
    running--;
    runningSinceSum -= since - epoch;
    long held = Math.max(0, now - since);
    slotNanos = slotNanos == 0 ? held : slotNanos + ((held - slotNanos) >> AVERAGE_SHIFT);
    permitFreed.signal();
  }

  private Rejection rejection(Rejection.Limit limit, long waitedNanos, long now) {
    return new Rejection(limit, TimeUnit.NANOSECONDS.toMillis(waitedNanos),
        TimeUnit.NANOSECONDS.toMillis(predictedWaitNanos(now)), TimeUnit.NANOSECONDS.toMillis(slotNanos(now)),
        running, waiting, maxConcurrent, maxQueued, TimeUnit.NANOSECONDS.toMillis(queueTimeoutNanos));
  }

  /** The right to run one render. Closing it gives the permit back; closing twice does nothing. */
  public final class Permit implements AutoCloseable {
    private final long since;
    private boolean closed;

    private Permit(long since) {
      this.since = since;
    }

    @Override
    public void close() {
      lock.lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
        released(since, nanoTime.getAsLong());
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

  /**
   * The gate's limits, occupancy, prediction and counters at one moment.
   *
   * @param slotTime      what one render is taken to hold its slot for: the moving average of the
   *                      permits' hold times, or the running renders' mean age if that is longer
   * @param predictedWait what a request arriving now would wait for a slot
   */
  public record Snapshot(int maxConcurrent, int maxQueued, Duration queueTimeout, int running, int waiting,
      Duration slotTime, Duration predictedWait, long admitted, long rejectedQueueFull,
      long rejectedWaitTooLong, long rejectedTimeout) {
  }
}
