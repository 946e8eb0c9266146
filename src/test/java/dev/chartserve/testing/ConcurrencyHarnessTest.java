package dev.chartserve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.chartserve.demo.SeedHist;

import org.junit.jupiter.api.Test;

class ConcurrencyHarnessTest {
  @Test
  void aStatelessChartMatchesItsReferenceOnEveryThread() throws Exception {
    HarnessReport report = ConcurrencyHarness.create()
        .chart(new SeedHist(), "seed-hist.png")
        .chart(new SeedHist(), "seed-hist.png?width=320&height=240&scale=2")
        .threads(8).iterations(10)
        .run();
    assertTrue(report.passed(), report.summary());
    assertEquals(80, report.renders());
    assertEquals(0, report.openFigures());
  }

  @Test
  void aChartThatSharesItsDatasetAcrossRequestsIsCaught() throws Exception {
    SharedStateChart shared = new SharedStateChart();
    HarnessReport report = ConcurrencyHarness.create()
        .chart(shared, "shared.png?width=100")
        .chart(shared, "shared.png?width=300")
        .threads(8).iterations(20)
        .run();
    assertFalse(report.passed(), "the harness must catch shared state: " + report.summary());
    assertTrue(report.mismatches() > 0 || !report.failures().isEmpty(), report.summary());
  }

  @Test
  void theSameSharedChartPassesUnderTheGlobalLock() throws Exception {
    SharedStateChart shared = new SharedStateChart();
    HarnessReport report = ConcurrencyHarness.create()
        .chart(shared, "shared.png?width=100")
        .chart(shared, "shared.png?width=300")
        .threads(4).iterations(20).globalLock(true)
        .run();
    assertTrue(report.passed(), report.summary());
  }

  @Test
  void theReportNamesTheFirstMismatch() {
    HarnessReport.Mismatch m = new HarnessReport.Mismatch("a.png", 3, 7, 12, 100, 101);
    assertEquals("a.png on thread 3, iteration 7: 12 bytes differ (reference 100 bytes, this 101)", m.toString());
    assertEquals(3, ConcurrencyHarness.differingBytes(new byte[] {1, 2, 3}, new byte[] {1, 9, 3, 4, 5}));
  }

  @Test
  void aCaseWithAnUnknownParameterIsRefusedWithTheServersMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ChartCase.of(new SeedHist(), "seed-hist.png?colour=red"));
    // the server's 400 says the same in its detail (QueryParametersTest)
    assertEquals("seed-hist.png?colour=red: unknown parameter \"colour\";"
        + " this chart accepts: height, scale, width", e.getMessage());
  }

  @ChartConcurrencyTest(threads = 4, iterations = 5)
  void theAnnotationRunsTheHarnessOnWhatTheMethodAdds(ConcurrencyHarness harness) {
    harness.chart(new SeedHist(), "seed-hist.png?width=200&height=150");
  }
}
