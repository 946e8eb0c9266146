package dev.chartserve.figure;

/**
 * Linear normalisation of data values to 0..1 for a {@link Colormap}, as matplotlib's
 * {@code Normalize}: {@code vmin} maps to 0 and {@code vmax} to 1. Values outside are not clipped
 * (the colormap clamps them). When {@code vmin == vmax} every value maps to 0, as in matplotlib.
 *
 * <p><b>Immutable and thread-safe.</b>
 */
public final class Normalize {
  private final double vmin;
  private final double vmax;

  private Normalize(double vmin, double vmax) {
    this.vmin = vmin;
    this.vmax = vmax;
  }

  /**
   * A normalisation from {@code vmin} to {@code vmax}.
   *
   * @throws IllegalArgumentException if either is not finite or {@code vmin > vmax}
   */
  public static Normalize of(double vmin, double vmax) {
    if (!Double.isFinite(vmin)) {
      throw new IllegalArgumentException("vmin must be finite, was " + vmin);
    }
    if (!Double.isFinite(vmax)) {
      throw new IllegalArgumentException("vmax must be finite, was " + vmax);
    }
    if (vmin > vmax) {
      throw new IllegalArgumentException("vmin must be <= vmax, was " + vmin + " > " + vmax);
    }
    return new Normalize(vmin, vmax);
  }

  /**
   * From the smallest to the largest finite value of {@code z} (NaN and infinities are skipped), as
   * matplotlib scales an image whose norm was not given.
   *
   * @throws IllegalArgumentException if {@code z} holds no finite value
   */
  public static Normalize autoscale(double[][] z) {
    java.util.Objects.requireNonNull(z, "z");
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double[] row : z) {
      java.util.Objects.requireNonNull(row, "z row");
      for (double v : row) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (min > max) {
      throw new IllegalArgumentException("z must hold at least one finite value, had none");
    }
    return new Normalize(min, max);
  }

  public double vmin() {
    return vmin;
  }

  public double vmax() {
    return vmax;
  }

  /** {@code (value - vmin) / (vmax - vmin)}; 0 when {@code vmin == vmax}; NaN stays NaN. */
  public double apply(double value) {
    if (vmax == vmin) {
      return Double.isNaN(value) ? Double.NaN : 0;
    }
    return (value - vmin) / (vmax - vmin);
  }

  /** The inverse of {@link #apply}: the data value at {@code t}. */
  public double inverse(double t) {
    return vmin + t * (vmax - vmin);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Normalize n && Double.compare(n.vmin, vmin) == 0
        && Double.compare(n.vmax, vmax) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(vmin) * 31 + Double.hashCode(vmax);
  }

  @Override
  public String toString() {
    return "Normalize[vmin=" + vmin + ", vmax=" + vmax + "]";
  }
}
