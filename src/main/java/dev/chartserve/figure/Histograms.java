package dev.chartserve.figure;

import java.util.Arrays;

import org.jfree.data.Range;

/** numpy's histogram: equal bins over the data's range, the last bin closed on the right. */
final class Histograms {
  private Histograms() {
  }

  static double[] equalEdges(double[] values, int bins) {
    Range finite = Artist.range(values);
    double lo = finite == null ? 0 : finite.getLowerBound(); // no finite values: numpy's 0..1
    double hi = finite == null ? 1 : finite.getUpperBound();
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    double[] edges = new double[bins + 1];
    for (int i = 0; i <= bins; i++) {
      edges[i] = lo + (hi - lo) * i / bins;
    }
    edges[bins] = hi;
    return edges;
  }

  static void checkEdges(double[] edges) {
    if (edges.length < 2) {
      throw new IllegalArgumentException("edges must have at least 2 values, had " + edges.length);
    }
    for (int i = 1; i < edges.length; i++) {
      if (!(edges[i] > edges[i - 1]) || !Double.isFinite(edges[i]) || !Double.isFinite(edges[i - 1])) {
        throw new IllegalArgumentException("edges must be finite and increasing, were "
            + Arrays.toString(edges));
      }
    }
  }

  static double[] count(double[] values, double[] edges, boolean density) {
    int bins = edges.length - 1;
    double[] counts = new double[bins];
    double first = edges[0];
    double last = edges[bins];
    long total = 0;
    double perBin = bins / (last - first);
    for (double v : values) {
      if (!(v >= first && v <= last)) {
        continue; // outside the bins (or NaN): not counted, as numpy
      }
      counts[bin(edges, v, perBin)]++;
      total++;
    }
    if (density && total > 0) {
      for (int i = 0; i < bins; i++) {
        counts[i] /= total * (edges[i + 1] - edges[i]);
      }
    }
    return counts;
  }

  /**
   * The bin of {@code v} (within the edges): {@code edges[bin] <= v < edges[bin + 1]}, the last bin
   * closed. Guessed as if the bins were equal (they usually are), checked against the edges, and
   * searched for only when the guess is wrong by more than one bin.
   */
  private static int bin(double[] edges, double v, double perBin) {
    int last = edges.length - 2;
    int guess = (int) ((v - edges[0]) * perBin);
    guess = guess < 0 ? 0 : Math.min(guess, last);
    if (v < edges[guess]) {
      guess--;
    } else if (guess < last && v >= edges[guess + 1]) {
      guess++;
    }
    if (guess >= 0 && guess <= last && v >= edges[guess] && (v < edges[guess + 1] || guess == last)) {
      return guess;
    }
    int i = Arrays.binarySearch(edges, v);
    return i >= 0 ? Math.min(i, last) : -i - 2;
  }
}
