package dev.chartserve.figure.internal.axis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * matplotlib's default tick placement and labels: {@code MaxNLocator} with steps 1, 2, 2.5, 5, 10
 * and at most 9 intervals, and a plain decimal formatter that gives every label of an axis the
 * same number of decimals, with a true minus sign (U+2212).
 */
public final class Ticks {
  private static final double[] STEPS = {0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20};
  private static final int MIN_TICKS = 2;

  private Ticks() {
  }

  /**
   * The tick values within {@code [lo, hi]}, for an axis with room for {@code space} labels
   * (length in points over 3 × font size for x, 2 × font size for y, as matplotlib estimates).
   */
  public static double[] locate(double lo, double hi, int space) {
    if (!(hi > lo) || !Double.isFinite(lo) || !Double.isFinite(hi)) {
      return new double[] {lo};
    }
    int nbins = Math.max(1, Math.min(space, 9));
    double dv = hi - lo;
    double mean = (hi + lo) / 2;
    double offset = Math.abs(mean) / dv < 100 ? 0
        : Math.copySign(Math.pow(10, Math.floor(Math.log10(Math.abs(mean)))), mean);
    double scale = Math.pow(10, Math.floor(Math.log10(dv / nbins)));
    double vmin = lo - offset;
    double vmax = hi - offset;
    double raw = (vmax - vmin) / nbins;
    int istep = STEPS.length - 1;
    for (int i = 0; i < STEPS.length; i++) {
      if (STEPS[i] * scale >= raw) {
        istep = i;
        break;
      }
    }
    double[] best = null;
    for (int i = istep; i >= 0; i--) {
      double step = STEPS[i] * scale;
      double start = Math.floor(vmin / step) * step;
      List<Double> ticks = new ArrayList<>();
      int inside = 0;
      long k0 = (long) Math.floor((vmin - start) / step + 1e-10);
      long k1 = (long) Math.ceil((vmax - start) / step - 1e-10);
      for (long k = k0; k <= k1; k++) {
        double t = k * step + start;
        double tol = step * 1e-10;
        if (t >= vmin - tol && t <= vmax + tol) {
          inside++;
          ticks.add(clean(t + offset, step));
        }
      }
      best = ticks.stream().mapToDouble(Double::doubleValue).toArray();
      if (inside >= MIN_TICKS) {
        break;
      }
    }
    return best;
  }

  /** Rounds away the floating-point dust of {@code k * step}. */
  private static double clean(double t, double step) {
    int digits = Math.max(0, 12 - (int) Math.floor(Math.log10(step)));
    double v = new BigDecimal(t).setScale(Math.min(digits, 15), java.math.RoundingMode.HALF_EVEN)
        .doubleValue();
    return v == 0 ? 0 : v; // no negative zero
  }

  /** Labels for {@code ticks}: all with the fewest decimals that tell them apart exactly. */
  public static String[] format(double[] ticks) {
    int decimals = 0;
    for (double t : ticks) {
      decimals = Math.max(decimals, decimalsOf(t));
    }
    String[] labels = new String[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      labels[i] = minus(String.format(java.util.Locale.ROOT, "%." + decimals + "f", ticks[i]));
    }
    return labels;
  }

  /**
   * The power of ten that labels of {@code ticks} are divided by, as matplotlib's
   * {@code ScalarFormatter} with {@code axes.formatter.limits = (-5, 6)}: 0 when the largest tick is
   * within 1e-5..1e6, else the order of magnitude of the largest tick.
   */
  public static int scientificExponent(double[] ticks) {
    double max = 0;
    for (double t : ticks) {
      max = Math.max(max, Math.abs(t));
    }
    if (max == 0) {
      return 0;
    }
    int order = (int) Math.floor(Math.log10(max));
    return order <= -5 || order >= 6 ? order : 0;
  }

  /** Labels for {@code ticks} divided by 10^{@code exponent}. */
  public static String[] format(double[] ticks, int exponent) {
    if (exponent == 0) {
      return format(ticks);
    }
    double[] scaled = new double[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      scaled[i] = ticks[i] / Math.pow(10, exponent);
    }
    return format(scaled);
  }

  /** {@code text} with ASCII hyphen-minus replaced by the minus sign, as matplotlib prints. */
  public static String minus(String text) {
    String s = text.replace('-', '\u2212');
    return s.matches("\u22120(\\.0*)?") ? s.substring(1) : s;
  }

  private static int decimalsOf(double t) {
    for (int d = 0; d < 10; d++) {
      double scaled = t * Math.pow(10, d);
      if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled))) {
        return d;
      }
    }
    return 10;
  }
}
