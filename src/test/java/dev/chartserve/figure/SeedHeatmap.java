package dev.chartserve.figure;

/** The seed-003 field: Z = 10 (N(0,0,1,1) - N(1,1,1.5,0.5)) on x = -3..4, y = -4..3, step 0.5. */
final class SeedHeatmap {
  static final double[] X = steps(-3, 15);
  static final double[] Y = steps(-4, 15);

  private SeedHeatmap() {
  }

  private static double[] steps(double from, int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = from + 0.5 * i;
    }
    return v;
  }

  private static double normal(double x, double y, double sx, double sy, double mx, double my) {
    return Math.exp(-((x - mx) * (x - mx) / (2 * sx * sx) + (y - my) * (y - my) / (2 * sy * sy)))
        / (2 * Math.PI * sx * sy);
  }

  /** z[j][i] at (X[i], Y[j]). */
  static double[][] z() {
    double[][] z = new double[Y.length][X.length];
    for (int j = 0; j < Y.length; j++) {
      for (int i = 0; i < X.length; i++) {
        z[j][i] = 10 * (normal(X[i], Y[j], 1, 1, 0, 0) - normal(X[i], Y[j], 1.5, 0.5, 1, 1));
      }
    }
    return z;
  }
}
