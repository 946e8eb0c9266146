package dev.chartserve.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap after a full GC across many renders of the four-chart PNG mix (issue 6, goal 4; numbers in
 * BENCHMARKS.md): rounds of renders on 2 threads through the concurrency harness (every image
 * compared with its reference), then {@code System.gc()} and the used heap. A leak of one object
 * per render shows as a steady climb. From the project root:
 * {@code mvn -B -q test-compile exec:java -Dexec.mainClass=dev.chartserve.testing.HeapSoak -Dexec.classpathScope=test -Dexec.args="100000 10"}
 * (renders in all, rounds).
 */
public final class HeapSoak {
  private HeapSoak() {
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    int renders = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    int threads = 2;
    int perThreadPerRound = renders / rounds / threads;
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long start = System.nanoTime();
    System.out.printf("round 0: 0 renders, heap after full GC %,d KB%n", usedAfterGc(memory) / 1024);
    long done = 0;
    for (int round = 1; round <= rounds; round++) {
      HarnessReport report = ThreadScaling.seedMix(threads, perThreadPerRound).run();
      report.assertPassed();
      done += (long) threads * perThreadPerRound;
      System.out.printf("round %d: %,d renders, heap after full GC %,d KB, %.0f renders/s in this round, %.0f s so far%n",
          round, done, usedAfterGc(memory) / 1024, report.rendersPerSecond(), (System.nanoTime() - start) / 1e9);
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
