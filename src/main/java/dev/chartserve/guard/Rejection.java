package dev.chartserve.guard;

/**
 * Why the {@link RenderGate} turned a request away, and how busy it was then. Immutable.
 *
 * @param limit           which limit was hit
 * @param waitedMillis    how long the request waited before it was turned away
 * @param running         renders running at that moment
 * @param waiting         other requests waiting at that moment
 * @param maxConcurrent   the gate's limit on renders at once
 * @param maxQueued       the gate's limit on waiting requests
 * @param queueTimeoutMillis how long a request may wait
 */
public record Rejection(Limit limit, long waitedMillis, int running, int waiting, int maxConcurrent,
    int maxQueued, long queueTimeoutMillis) {

  /** The limits a request can hit. */
  public enum Limit {
    /** {@code chartserve.maxQueuedRenders} requests were already waiting. */
    QUEUE_FULL,
    /** No permit came within {@code chartserve.queueTimeout}. */
    QUEUE_TIMEOUT
  }

  /** One line for the 503 body and the log, in the manner of a connection pool's timeout message. */
  public String message() {
    String what = limit == Limit.QUEUE_FULL
        ? "the render queue is full (chartserve.maxQueuedRenders=" + maxQueued + ")"
        : "no render slot came free within " + queueTimeoutMillis + " ms (chartserve.queueTimeout)";
    return "Chart not rendered: " + what + "; waited " + waitedMillis + " ms (running=" + running + "/"
        + maxConcurrent + ", waiting=" + waiting + "/" + maxQueued + ")";
  }

  /** Seconds a client should wait before trying again: the queue timeout, at least 1. */
  public long retryAfterSeconds() {
    return Math.max(1, (queueTimeoutMillis + 999) / 1000);
  }
}
