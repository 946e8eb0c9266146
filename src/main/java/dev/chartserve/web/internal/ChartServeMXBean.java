package dev.chartserve.web.internal;

/**
 * ChartServe's numbers over JMX, one MBean per application:
 * {@code dev.chartserve:type=ChartServe,context=/chartserve}. Times in milliseconds.
 */
public interface ChartServeMXBean {
  String getMode();

  long getRendered();

  long getFailed();

  long getTimedOut();

  long getRejected();

  int getRunning();

  int getWaiting();

  double getRenderMillisP50();

  double getRenderMillisP95();

  double getRenderMillisP99();

  double getQueueWaitMillisP50();

  double getQueueWaitMillisP99();

  /** What a request arriving now would wait for a render slot. */
  double getPredictedWaitMillis();

  /** Requests that shared an identical request's render instead of drawing again. */
  long getCoalesced();

  /** {@code chartserve.cache.maxBytes}; 0 when the cache is off. */
  long getCacheMaxBytes();

  long getCacheBytes();

  long getCacheHits();

  long getCacheMisses();

  long getCacheEvictions();
}
