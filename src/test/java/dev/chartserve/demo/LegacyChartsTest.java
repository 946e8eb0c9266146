package dev.chartserve.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.pyplot.Pyplot;
import dev.chartserve.pyplot.PyplotScope;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;
import dev.chartserve.testing.ConcurrencyHarness;
import dev.chartserve.testing.HarnessReport;
import jakarta.enterprise.context.ApplicationScoped;

class LegacyChartsTest {
  @AfterEach
  void pyplotIsLeftAsFound() {
    assertFalse(Pyplot.usesGlobalLock());
    Pyplot.reset();
  }

  /** As the server draws a request: a fresh figure and scope, the producer, the request's size. */
  private static byte[] render(ChartProducer producer, ChartRequest request) throws Exception {
    try (Figure figure = new Figure(); PyplotScope scope = new PyplotScope();
        Pyplot.Binding binding = Pyplot.bind(scope)) {
      producer.draw(figure, request);
      request.applySize(figure);
      return Renderer.render(figure, request.format());
    }
  }

  @Test
  void legacyHistDrawsTheSameBytesAsSeedHistInEveryFormatAndSize() throws Exception {
    for (ImageFormat format : ImageFormat.values()) {
      for (ChartRequest request : new ChartRequest[] {new ChartRequest("hist", format),
          new ChartRequest("hist", format, OptionalInt.of(320), OptionalInt.of(240), 2)}) {
        assertArrayEquals(render(new SeedHist(), request), render(new LegacyHist(), request),
            request.toString());
      }
    }
  }

  @Test
  void legacyHistLeavesNothingInTheScopeAfterTheServerClosesItsFigure() throws Exception {
    PyplotScope scope = new PyplotScope();
    Figure figure = new Figure();
    try (Pyplot.Binding binding = Pyplot.bind(scope)) {
      new LegacyHist().draw(figure, new ChartRequest("legacy-hist", ImageFormat.PNG));
      assertEquals(java.util.List.of(figure), scope.figures());
    }
    scope.close();
    assertFalse(figure.isClosed(), "the server's figure is the server's to close");
    figure.close();
    assertTrue(scope.figures().isEmpty());
  }

  @Test
  void legacyHistIsSafeOnManyThreadsWithoutALock() throws Exception {
    HarnessReport report = ConcurrencyHarness.create()
        .chart(new LegacyHist(), "legacy-hist.png")
        .chart(new LegacyHist(), "legacy-hist.png?width=320&height=240&scale=2")
        .chart(new SeedHist(), "seed-hist.png?width=320")
        .threads(8).iterations(10)
        .run();
    report.assertPassed();
    assertEquals(80, report.renders());
  }

  @Test
  void legacySharedChartIsCaughtWithoutTheLock() throws Exception {
    LegacySharedChart shared = new LegacySharedChart();
    HarnessReport report = ConcurrencyHarness.create()
        .chart(shared, "legacy-shared.png?width=200")
        .chart(shared, "legacy-shared.png?width=400")
        .threads(8).iterations(10)
        .run();
    assertFalse(report.passed(), "the harness must catch the shared chart: " + report.summary());
    assertTrue(report.mismatches() > 0 || !report.failures().isEmpty(), report.summary());
  }

  @Test
  void legacySharedChartPassesUnderTheGlobalLock() throws Exception {
    LegacySharedChart shared = new LegacySharedChart();
    ConcurrencyHarness.create()
        .chart(shared, "legacy-shared.png?width=200")
        .chart(shared, "legacy-shared.png?width=400")
        .threads(8).iterations(10).globalLock(true)
        .run()
        .assertPassed();
  }

  @Test
  void legacySharedChartIsOneApplicationScopedChart() {
    assertEquals("legacy-shared", LegacySharedChart.class.getAnnotation(Chart.class).value());
    assertNotNull(LegacySharedChart.class.getAnnotation(ApplicationScoped.class));
    assertEquals("legacy-hist", LegacyHist.class.getAnnotation(Chart.class).value());
  }
}
