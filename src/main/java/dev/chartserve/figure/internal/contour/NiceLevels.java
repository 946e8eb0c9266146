package dev.chartserve.figure.internal.contour;

import java.util.Arrays;

/**
 * Chooses "nice" contour levels as matplotlib does for {@code contour(X, Y, Z, n)}: the ticks of a
 * {@code MaxNLocator(n + 1)} over the data range (steps of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a
 * power of ten, the smallest step that needs at most {@code n + 1} intervals), then trimmed so that at
 * most one level lies below the minimum and one above the maximum.
 */
public final class NiceLevels {
  private static final double[] STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};

  private NiceLevels() {
  }

  /** The levels for {@code n} requested levels over {@code zmin..zmax}. */
  public static double[] choose(double zmin, double zmax, int n) {
    double[] lev = ticks(zmin, zmax, n + 1);
    int i0 = 0;
    for (int i = 0; i < lev.length; i++) {
      if (lev[i] < zmin) {
        i0 = i; // the last level below the data
      }
    }
    int i1 = lev.length;
    for (int i = 0; i < lev.length; i++) {
      if (lev[i] > zmax) {
        i1 = i + 1; // up to and including the first level above the data
        break;
      }
    }
    if (i1 - i0 < 3) {
      return lev;
    }
    return Arrays.copyOfRange(lev, i0, i1);
  }

  /** The ticks of a MaxNLocator with {@code nbins} bins and at least one tick inside the range. */
  static double[] ticks(double vmin, double vmax, int nbins) {
    double[] ns = nonsingular(vmin, vmax);
    vmin = ns[0];
    vmax = ns[1];
    double dv = Math.abs(vmax - vmin);
    double meanv = (vmax + vmin) / 2;
    double offset = 0;
    if (Math.abs(meanv) / dv >= 100) { // far from zero: work relative to an offset
      offset = Math.copySign(Math.pow(10, Math.floor(Math.log10(Math.abs(meanv)))), meanv);
    }
    double scale = Math.pow(10, Math.floor(Math.log10(dv / nbins)));
    double lo = vmin - offset;
    double hi = vmax - offset;
    double rawStep = (hi - lo) / nbins;
    // candidate steps: 0.1 x STEPS (but 10), STEPS, then 20, all times scale
    double[] steps = new double[STEPS.length * 2];
    int m = 0;
    for (int i = 0; i < STEPS.length - 1; i++) {
      steps[m++] = 0.1 * STEPS[i] * scale;
    }
    for (double s : STEPS) {
      steps[m++] = s * scale;
    }
    steps[m++] = 10 * STEPS[1] * scale;
    int first = 0;
    while (first < m - 1 && steps[first] < rawStep) {
      first++;
    }
    double[] ticks = null;
    for (int k = first; k < m; k++) {
      double step = steps[k];
      double best = Math.floor(lo / step) * step;
      long low = edgeLe((lo - best) / step, step, offset);
      long high = edgeGe((hi - best) / step, step, offset);
      ticks = new double[(int) (high - low + 1)];
      int inside = 0;
      for (int t = 0; t < ticks.length; t++) {
        ticks[t] = (low + t) * step + best;
        if (ticks[t] <= hi && ticks[t] >= lo) {
          inside++;
        }
      }
      if (inside >= 1) {
        break;
      }
    }
    for (int t = 0; t < ticks.length; t++) {
      ticks[t] += offset;
    }
    return ticks;
  }

  /** Largest integer n with n <= x, forgiving rounding error that scales with the offset. */
  private static long edgeLe(double x, double step, double offset) {
    long d = (long) Math.floor(x);
    return closeTo(x - d, 1, step, offset) ? d + 1 : d;
  }

  /** Smallest integer n with n >= x, with the same tolerance. */
  private static long edgeGe(double x, double step, double offset) {
    long d = (long) Math.floor(x);
    return closeTo(x - d, 0, step, offset) ? d : d + 1;
  }

  private static boolean closeTo(double ms, double edge, double step, double offset) {
    double tol = 1e-10;
    if (offset > 0) {
      tol = Math.min(0.4999, Math.max(1e-10, Math.pow(10, Math.log10(offset / step) - 12)));
    }
    return Math.abs(ms - edge) < tol;
  }

  /** Widens an empty or nearly empty range, as matplotlib's nonsingular(expander=1e-13). */
  private static double[] nonsingular(double vmin, double vmax) {
    if (vmax < vmin) {
      double t = vmin;
      vmin = vmax;
      vmax = t;
    }
    double maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
    if (maxabs < 1e6 * Double.MIN_NORMAL) {
      return new double[] {-1e-13, 1e-13};
    }
    if (vmax - vmin <= maxabs * 1e-14) {
      if (vmax == 0 && vmin == 0) {
        return new double[] {-1e-13, 1e-13};
      }
      return new double[] {vmin - 1e-13 * Math.abs(vmin), vmax + 1e-13 * Math.abs(vmax)};
    }
    return new double[] {vmin, vmax};
  }
}
