package dev.chartserve.figure.internal.axis;

/**
 * Implemented by what an axes draws that pins an axis limit when it is autoscaled, as matplotlib's
 * {@code sticky_edges}: a bar's base at y = 0 stops the 5 % margin from going below 0.
 */
public interface StickyEdges {
  /** x values that the autoscaled limits must not cross outwards; empty if none. */
  double[] stickyX();

  /** y values that the autoscaled limits must not cross outwards; empty if none. */
  double[] stickyY();
}
