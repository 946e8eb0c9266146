package dev.chartserve.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.DeadlineExceededException;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.HeadlessAwt;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import dev.chartserve.testing.ChartConcurrencyTest;
import dev.chartserve.testing.ConcurrencyHarness;

@ExtendWith(HeadlessAwt.class)
class BigWalkChartTest {
  @Test
  void itsNameAndParameterAreTheContract() {
    assertEquals("big-walk", BigWalkChart.class.getAnnotation(Chart.class).value());
    ChartParameter points = new BigWalkChart().parameters().get(0);
    assertEquals("points", points.name());
    assertEquals(1, new BigWalkChart().parameters().size());
  }

  @Test
  void theSameCountGivesTheSameWalk() {
    assertArrayEquals(BigWalkChart.walk(5_000), BigWalkChart.walk(5_000));
    assertEquals(BigWalkChart.walk(5_000)[4_999], BigWalkChart.walk(10_000)[4_999]);
  }

  @Test
  void aMillionPointsAreTitledWithTheirCount() {
    try (Figure figure = new Figure()) {
      new BigWalkChart().draw(figure, ChartRequest.parse("big-walk", ImageFormat.PNG, java.util.Map.of(),
          new BigWalkChart().parameters()));
      assertEquals("1,000,000 points", figure.gca().title());
      assertEquals(640, figure.pixelWidth());
      assertEquals(480, figure.pixelHeight());
    }
  }

  @Test
  void tenMillionPointsStopAtTheDeadlineMidWay() {
    try (Figure figure = new Figure()) {
      new BigWalkChart().draw(figure, ChartRequest.parse("big-walk", ImageFormat.PNG,
          java.util.Map.of("points", java.util.List.of("10000000")), new BigWalkChart().parameters()));
      figure.setDeadline(Deadline.after(Duration.ofMillis(100)));
      long began = System.nanoTime();
      assertThrows(DeadlineExceededException.class, () -> Renderer.render(figure, ImageFormat.PNG));
      assertTrue(System.nanoTime() - began < 2_000_000_000L, "took " + (System.nanoTime() - began) / 1_000_000 + " ms");
    }
  }

  @ChartConcurrencyTest(threads = 8, iterations = 10)
  void bigWalksNeverMixUp(ConcurrencyHarness harness) {
    harness.chart(new BigWalkChart(), "big-walk.png?points=200000")
        .chart(new BigWalkChart(), "big-walk.png?points=300000")
        .chart(new BigWalkChart(), "big-walk.svg?points=100000");
  }
}
