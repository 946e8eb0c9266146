package dev.chartserve.guard.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class RenderMetricsTest {
  private final RenderMetrics metrics = new RenderMetrics();

  @Test
  void percentilesAreZeroBeforeAnyRender() {
    assertEquals(0, metrics.renderMillis(99));
  }

  @Test
  void aPercentileIsTheBucketHoldingThatRankWithinOneBucketOfTheTruth() {
    for (int i = 1; i <= 100; i++) {
      metrics.rendered(TimeUnit.MILLISECONDS.toNanos(i)); // 1 ms … 100 ms
    }
    assertEquals(100, metrics.renderedCount());
    assertWithinOneBucket(50, metrics.renderMillis(50));
    assertWithinOneBucket(99, metrics.renderMillis(99));
    assertWithinOneBucket(100, metrics.renderMillis(100));
  }

  @Test
  void countsAreKeptApart() {
    metrics.failed();
    metrics.timedOut();
    metrics.timedOut();
    metrics.rejected();
    assertEquals(0, metrics.renderedCount());
    assertEquals(1, metrics.failedCount());
    assertEquals(2, metrics.timedOutCount());
    assertEquals(1, metrics.rejectedCount());
  }

  @Test
  void hugeAndTinyTimesLandInTheEndBuckets() {
    assertEquals(0, RenderMetrics.bucket(1));
    assertEquals(80, RenderMetrics.bucket(TimeUnit.HOURS.toNanos(5)));
  }

  @Test
  void aPercentOutsideTheRangeIsRefused() {
    assertEquals("percent must be in (0, 100], was 0.0",
        assertThrows(IllegalArgumentException.class, () -> metrics.renderMillis(0)).getMessage());
  }

  private static void assertWithinOneBucket(double expectedMillis, double actualMillis) {
    assertTrue(actualMillis >= expectedMillis && actualMillis <= expectedMillis * Math.pow(2, 0.25) + 0.01,
        "expected about " + expectedMillis + " ms, was " + actualMillis);
  }
}
