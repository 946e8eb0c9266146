package dev.chartserve.guard.internal;

/**
 * Why the {@link RenderGate} turned a request away, and how busy it was then. Immutable.
 *
 * @param limit               which limit was hit
 * @param waitedMillis        how long the request waited before it was turned away
 * @param predictedWaitMillis what the gate predicted a request arriving then would wait for a slot
 * @param slotMillis          what the gate took one render's time in its slot to be
 * @param running             renders running at that moment
 * @param waiting             other requests waiting at that moment
 * @param maxConcurrent       the gate's limit on renders at once
 * @param maxQueued           the gate's limit on waiting requests
 * @param queueTimeoutMillis  how long a request may wait
 */
public record Rejection(Limit limit, long waitedMillis, long predictedWaitMillis, long slotMillis, int running,
    int waiting, int maxConcurrent, int maxQueued, long queueTimeoutMillis) {

  /** The limits a request can hit. */
  public enum Limit {
    /** {@code chartserve.maxQueuedRenders} requests were already waiting. */
    QUEUE_FULL,
    /** The wait for a slot was predicted to be longer than {@code chartserve.queueTimeout}. */
    WAIT_TOO_LONG,
    /** No permit came within {@code chartserve.queueTimeout}. */
    QUEUE_TIMEOUT
  }

  /** One line for the 503 body and the log, in the manner of a connection pool's timeout message. */
  public String message() {
    String what = switch (limit) {
      case QUEUE_FULL -> "the render queue is full (chartserve.maxQueuedRenders=" + maxQueued + ")";
      case WAIT_TOO_LONG -> "the predicted wait of " + predictedWaitMillis + " ms for a render slot is longer than "
          + queueTimeoutMillis + " ms (chartserve.queueTimeout; renders take " + slotMillis + " ms each)";
      case QUEUE_TIMEOUT -> "no render slot came free within " + queueTimeoutMillis + " ms (chartserve.queueTimeout)";
    };
    return "Chart not rendered: " + what + "; waited " + waitedMillis + " ms (running=" + running + "/"
        + maxConcurrent + ", waiting=" + waiting + "/" + maxQueued + ")";
  }

  /**
   * Seconds a client should wait before trying again: the predicted wait, rounded up, at least 1; the
   * queue timeout when nothing could be predicted.
   */
  public long retryAfterSeconds() {
    long millis = predictedWaitMillis > 0 ? predictedWaitMillis : queueTimeoutMillis;
    return Math.max(1, (millis + 999) / 1000);
  }
}
