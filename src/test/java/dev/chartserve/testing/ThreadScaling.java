package dev.chartserve.testing;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.demo.SeedBar;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.demo.SeedHist;
import dev.chartserve.demo.SeedLine;

/**
 * Throughput of the four-chart PNG mix with 1 and 2 threads, concurrent and under the global lock
 * (issue 4's measurement; numbers in BENCHMARKS.md). From the project root:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.chartserve.testing.ThreadScaling -Dexec.classpathScope=test}
 * (renders per thread per run, default 2000: runs of 150 were too short to reach steady state)
 */
public final class ThreadScaling {
  private ThreadScaling() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    run(2, iterations / 2, false); // warm-up: load, compile
    for (int round = 1; round <= 3; round++) {
      double one = run(1, iterations, false);
      double two = run(2, iterations, false);
      double locked = run(2, iterations, true);
      System.out.printf("round %d: 1 thread %.1f/s, 2 threads %.1f/s (%.2f×), 2 threads under the global lock %.1f/s (%.2f×)%n",
          round, one, two, two / one, locked, locked / one);
    }
  }

  private static double run(int threads, int iterations, boolean globalLock) throws Exception {
    HarnessReport report = seedMix(threads, iterations).globalLock(globalLock).run();
    report.assertPassed();
    return report.rendersPerSecond();
  }

  /** The harness on the four seed charts as PNG at their own sizes: the mix the benchmarks measure. */
  static ConcurrencyHarness seedMix(int threads, int iterations) {
    ConcurrencyHarness harness = ConcurrencyHarness.create().threads(threads).iterations(iterations);
    ChartProducer[] producers = {new SeedHist(), new SeedLine(), new SeedHeatmap(), new SeedBar()};
    String[] names = {"seed-hist", "seed-line", "seed-heatmap", "seed-bar"};
    for (int i = 0; i < producers.length; i++) {
      harness.chart(producers[i], names[i] + ".png");
    }
    return harness;
  }
}
