package dev.chartserve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import dev.chartserve.testing.FakeChartServer.Reply;

import org.junit.jupiter.api.Test;

/** The harness's bookkeeping, against a real HTTP server that answers as each test needs. */
class HttpConcurrencyHarnessTest {
  @Test
  void aServerThatAlwaysAnswersTheSameBytesPasses() throws Exception {
    try (FakeChartServer server = new FakeChartServer((n, path, query) -> Reply.png(path + "?" + query))) {
      HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(server.base()))
          .chart("sales.png?region=north").chart("sales.png?region=south")
          .threads(4).iterations(10)
          .run();
      report.assertPassed();
      assertEquals(40, report.requests());
      assertEquals(40, report.compared());
      assertEquals(42, server.requests(), "two references, then 4 × 10");
      assertTrue(report.summary().startsWith("PASSED: 4 clients × 10 requests, 40 answered in "), report.summary());
    }
  }

  @Test
  void aServerThatAnswersOneRequestWithAnothersBytesIsCaught() throws Exception {
    // The 7th answer is the other region's chart: what a producer with shared state does.
    try (FakeChartServer server = new FakeChartServer((n, path, query) ->
        Reply.png(path + "?" + (n == 7 ? (query.contains("north") ? "region=south" : "region=north") : query)))) {
      HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(server.base()))
          .chart("sales.png?region=north").chart("sales.png?region=south")
          .threads(2).iterations(10)
          .run();
      assertFalse(report.passed());
      assertEquals(1, report.mismatches());
      assertTrue(report.firstMismatch().isPresent());
      AssertionError error = assertThrows(AssertionError.class, report::assertPassed);
      assertTrue(error.getMessage().contains("\nfirst mismatch: sales.png?region="), error.getMessage());
      assertTrue(error.getMessage().contains(" bytes differ (reference 34 bytes, this 34)"), error.getMessage());
    }
  }

  @Test
  void refusalsAreCountedAndReportedButDoNotFailTheRun() throws Exception {
    try (FakeChartServer server = new FakeChartServer((n, path, query) -> n > 2 && n % 5 == 0
        ? Reply.problem(503, "overloaded", "the queue is full")
        : Reply.png(path + "?" + query))) {
      HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(server.base()))
          .chart("sales.png?region=north").chart("sales.png?region=south")
          .threads(2).iterations(10)
          .run();
      report.assertPassed();
      assertEquals(4, report.refusals(), report.summary());
      assertEquals(16, report.compared());
      assertTrue(report.firstRefusal().orElseThrow().contains("the queue is full"));
      assertTrue(report.summary().contains("4 refused (503 overloaded)"), report.summary());
    }
  }

  @Test
  void aRunInWhichEveryRequestWasRefusedFailsForItComparedNothing() throws Exception {
    try (FakeChartServer server = new FakeChartServer((n, path, query) -> n > 1
        ? Reply.problem(503, "overloaded", "the queue is full")
        : Reply.png(path))) {
      HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(server.base()))
          .chart("sales.png").threads(2).iterations(3).run();
      assertFalse(report.passed());
      assertTrue(report.summary().contains("nothing was compared: every request was refused"), report.summary());
    }
  }

  @Test
  void anyOtherStatusIsAFailureThatSaysWhatTheServerAnswered() throws Exception {
    AtomicInteger errors = new AtomicInteger();
    try (FakeChartServer server = new FakeChartServer((n, path, query) -> {
      if (n == 4) {
        errors.incrementAndGet();
        return Reply.problem(500, "internal", "ConcurrentModificationException in the producer");
      }
      return Reply.png(path);
    })) {
      HttpHarnessReport report = HttpConcurrencyHarness.create(ChartClient.of(server.base()))
          .chart("sales.png").threads(1).iterations(5).run();
      assertFalse(report.passed());
      assertEquals(1, report.failures().size());
      assertTrue(report.summary().contains("first failure: sales.png on client 0, request 2: GET http://127.0.0.1:"),
          report.summary());
      assertTrue(report.summary().contains(" → 500 application/problem+json, "), report.summary());
      assertTrue(report.summary().contains("ConcurrentModificationException in the producer"), report.summary());
    }
  }

  @Test
  void aReferenceThatIsNotA200StopsTheRunBeforeItStarts() throws Exception {
    try (FakeChartServer server = new FakeChartServer((n, path, query) ->
        Reply.problem(400, "invalid-parameter", "unknown parameter \\\"colour\\\""))) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> HttpConcurrencyHarness.create(ChartClient.of(server.base())).chart("sales.png?colour=red").run());
      assertTrue(e.getMessage().startsWith("the serial reference request failed: GET http://127.0.0.1:"), e.getMessage());
      assertTrue(e.getMessage().contains("/app/charts/sales.png?colour=red → 400 application/problem+json"),
          e.getMessage());
      assertEquals(1, server.requests());
    }
  }

  @Test
  void aHarnessWithoutChartsSaysHowToAddOne() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> HttpConcurrencyHarness.create(ChartClient.of(java.net.URI.create("http://127.0.0.1:1/"))).run());
    assertEquals("no charts: add some with chart(\"name.png?parameters\")", e.getMessage());
  }
}
