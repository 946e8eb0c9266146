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
}
