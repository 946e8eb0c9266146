package dev.chartserve.figure;

/**
 * The vertices of a line drawn as steps, matplotlib's drawstyles "steps-pre", "steps-post" and
 * "steps-mid" ({@code Axes.step}'s {@code where} "pre", "post", "mid").
 */
final class Steps {
  private Steps() {
  }

  /** {@code where} if it is "pre", "post" or "mid"; throws naming it otherwise. */
  static String check(String where) {
    java.util.Objects.requireNonNull(where, "where");
    if (!where.equals("pre") && !where.equals("post") && !where.equals("mid")) {
      throw new IllegalArgumentException(
          "where must be \"pre\", \"post\" or \"mid\", was \"" + where + "\"");
    }
    return where;
  }

  /** Receives the vertices of a step line, in data coordinates. */
  interface Vertices {
    void vertex(double x, double y);
  }

  /**
   * Gives {@code to} the vertices of the step line through the points, in order, as
   * {@link #vertices} lists them, without making arrays of them.
   */
  static void trace(double[] x, double[] y, String where, Vertices to) {
    int n = x.length;
    if (n == 0) {
      return;
    }
    to.vertex(x[0], y[0]);
    for (int i = 1; i < n; i++) {
      switch (where) {
        case "pre" -> to.vertex(x[i - 1], y[i]); // y[i] holds from x[i-1] to x[i]
        case "post" -> to.vertex(x[i], y[i - 1]); // y[i-1] holds from x[i-1] to x[i]
        default -> { // "mid": steps half-way between the points
          double mid = (x[i - 1] + x[i]) / 2;
          to.vertex(mid, y[i - 1]);
          to.vertex(mid, y[i]);
          continue;
        }
      }
      to.vertex(x[i], y[i]);
    }
    if (where.equals("mid") && n > 1) {
      to.vertex(x[n - 1], y[n - 1]);
    }
  }

  /** {x, y} of the step line through the points, as {@link #trace} gives them (for tests). */
  static double[][] vertices(double[] x, double[] y, String where) {
    int n = x.length;
    int count = n < 2 ? n : where.equals("mid") ? 2 * n : 2 * n - 1;
    double[] vx = new double[count];
    double[] vy = new double[count];
    int[] next = {0};
    trace(x, y, where, (px, py) -> {
      vx[next[0]] = px;
      vy[next[0]++] = py;
    });
    return new double[][] {vx, vy};
  }
}
