package dev.chartserve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.demo.LegacyHist;
import dev.chartserve.demo.SeedBar;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.demo.SeedHist;
import dev.chartserve.demo.SeedLine;

import org.junit.jupiter.api.Test;

/**
 * Issue 4's test: the four seed charts (PNG and SVG, two sizes each) and the pyplot-style
 * legacy-hist, 16 threads × 100 iterations in random order, every image byte-identical to its serial
 * reference; afterwards no figure is open and the heap after a full GC is back where it started.
 */
class SeedChartsUnderLoadTest {
  /** The heap may be this much larger after the run than before it (caches, JIT'd code, class data). */
  static final long HEAP_GROWTH_BOUND = 32L * 1024 * 1024;

  @Test
  void sixteenThreadsTimesAHundredIterationsGiveTheSerialBytesAndLeakNothing() throws Exception {
    ConcurrencyHarness harness = ConcurrencyHarness.create().threads(16).iterations(100);
    addSeed(harness, new SeedHist(), "seed-hist");
    addSeed(harness, new SeedLine(), "seed-line");
    addSeed(harness, new SeedHeatmap(), "seed-heatmap");
    addSeed(harness, new SeedBar(), "seed-bar");
    harness.chart(new LegacyHist(), "legacy-hist.png");
    harness.chart(new LegacyHist(), "legacy-hist.png?width=320&height=240&scale=2");

    harness.run(); // once to load and compile everything: the heap baseline comes after
    long before = heapAfterGc();
    HarnessReport report = harness.run();
    long after = heapAfterGc();

    System.out.println("seed charts under load: " + report.summary() + "; heap after GC " + before / 1024
        + " KiB before, " + after / 1024 + " KiB after");
    report.assertPassed();
    assertEquals(1600, report.renders());
    assertEquals(0, report.openFigures());
    assertTrue(after - before < HEAP_GROWTH_BOUND, "heap after GC grew by " + (after - before) / 1024
        + " KiB (before " + before / 1024 + " KiB, after " + after / 1024 + " KiB)");
  }

  private static void addSeed(ConcurrencyHarness harness, ChartProducer producer, String name) {
    harness.chart(producer, name + ".png")
        .chart(producer, name + ".png?width=320&height=240")
        .chart(producer, name + ".svg")
        .chart(producer, name + ".svg?width=320&height=240");
  }

  private static long heapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
