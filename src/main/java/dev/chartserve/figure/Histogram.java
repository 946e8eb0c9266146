package dev.chartserve.figure;

import java.util.List;

/**
 * What {@link Axes#hist} returns, as matplotlib's {@code (n, bins, patches)}: the count (or density)
 * of each bin, the {@code bins + 1} bin edges, and one {@link Patch} per bin whose colours can be
 * changed. The arrays are copies; the patches are live handles.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Histogram {
  private final double[] counts;
  private final double[] edges;
  private final List<Patch> patches;

  Histogram(double[] counts, double[] edges, List<Patch> patches) {
    this.counts = counts;
    this.edges = edges;
    this.patches = List.copyOf(patches);
  }

  /** The value of each bin: a count, or a density if asked for. */
  public double[] counts() {
    return counts.clone();
  }

  /** The bin edges, one more than the bins. */
  public double[] edges() {
    return edges.clone();
  }

  /** One patch per bin, in order. */
  public List<Patch> patches() {
    return patches;
  }
}
