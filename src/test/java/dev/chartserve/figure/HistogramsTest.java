package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Counting into bins, against the plain definition: a binary search of the edges for every value. */
class HistogramsTest {
  @Test
  void countsLikeASearchOfTheEdgesForEqualAndUnequalBins() {
    SplittableRandom random = new SplittableRandom(11);
    for (int round = 0; round < 300; round++) {
      int bins = 1 + random.nextInt(60);
      double lo = random.nextDouble(-100, 100);
      double[] edges = round % 2 == 0
          ? Histograms.equalEdges(new double[] {lo, lo + random.nextDouble(0.001, 500)}, bins)
          : unequal(random, lo, bins);
      double[] values = new double[2000];
      for (int i = 0; i < values.length; i++) {
        values[i] = switch (i % 5) {
          case 0 -> edges[random.nextInt(edges.length)]; // exactly on an edge
          case 1 -> Math.nextDown(edges[random.nextInt(edges.length)]);
          case 2 -> Double.NaN;
          default -> random.nextDouble(edges[0] - 10, edges[bins] + 10);
        };
      }
      assertArrayEquals(searched(values, edges), Histograms.count(values, edges, false),
          "edges " + Arrays.toString(edges));
    }
  }

  private static double[] unequal(SplittableRandom random, double lo, int bins) {
    double[] edges = new double[bins + 1];
    edges[0] = lo;
    for (int i = 1; i <= bins; i++) {
      edges[i] = edges[i - 1] + Math.pow(10, random.nextDouble(-3, 3));
    }
    return edges;
  }

  private static double[] searched(double[] values, double[] edges) {
    int bins = edges.length - 1;
    double[] counts = new double[bins];
    for (double v : values) {
      if (v >= edges[0] && v <= edges[bins]) {
        int i = Arrays.binarySearch(edges, v);
        counts[i >= 0 ? Math.min(i, bins - 1) : -i - 2]++;
      }
    }
    return counts;
  }
}
