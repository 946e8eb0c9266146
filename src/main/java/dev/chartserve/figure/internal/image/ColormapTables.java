package dev.chartserve.figure.internal.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Builds matplotlib's 256-entry lookup tables: listed colormaps as given, segmented ones by the same
 * piecewise-linear rule as matplotlib's {@code LinearSegmentedColormap} (value of entry {@code i} read
 * at position {@code i / 255}, taking {@code y1} left of a knot and {@code y0} right of it).
 */
public final class ColormapTables {
  /** Entries in every lookup table, as matplotlib's default {@code rcParams["image.lut"]}. */
  public static final int SIZE = 256;

  private static final Map<String, Function<Boolean, double[]>> BASE;

  static {
    Map<String, Function<Boolean, double[]>> m = new LinkedHashMap<>();
    m.put("viridis", r -> r ? reverse(ColormapData.VIRIDIS) : ColormapData.VIRIDIS.clone());
    m.put("jet", r -> segmented(r,
        new double[][] {{0, 0, 0}, {0.35, 0, 0}, {0.66, 1, 1}, {0.89, 1, 1}, {1, 0.5, 0.5}},
        new double[][] {{0, 0, 0}, {0.125, 0, 0}, {0.375, 1, 1}, {0.64, 1, 1}, {0.91, 0, 0}, {1, 0, 0}},
        new double[][] {{0, 0.5, 0.5}, {0.11, 1, 1}, {0.34, 1, 1}, {0.65, 0, 0}, {1, 0, 0}}));
    m.put("gray", r -> {
      double[][] ramp = {{0, 0, 0}, {1, 1, 1}};
      return segmented(r, ramp, ramp, ramp);
    });
    m.put("coolwarm", r -> segmented(r,
        knots(ColormapData.COOLWARM_RED),
        knots(ColormapData.COOLWARM_GREEN),
        knots(ColormapData.COOLWARM_BLUE)));
    BASE = Collections.unmodifiableMap(m);
  }

  private ColormapTables() {
  }

  /** The names {@link #table} knows, without the {@code _r} variants. */
  public static Iterable<String> baseNames() {
    return BASE.keySet();
  }

  /**
   * The table of {@code name} as {@code SIZE * 3} values r, g, b in 0..1, or {@code null} if unknown.
   * A name ending in {@code _r} gives the reversed table, built as matplotlib builds it: a listed
   * colormap's colours in the opposite order, a segmented one's knots mirrored (which can round one
   * entry differently from reading the forward table backwards).
   */
  public static double[] table(String name) {
    boolean reversed = name.endsWith("_r");
    Function<Boolean, double[]> base =
        BASE.get(reversed ? name.substring(0, name.length() - 2) : name);
    return base == null ? null : base.apply(reversed);
  }

  /** The same colours in the opposite order. */
  public static double[] reverse(double[] rgb) {
    int n = rgb.length / 3;
    double[] out = new double[rgb.length];
    for (int i = 0; i < n; i++) {
      System.arraycopy(rgb, 3 * (n - 1 - i), out, 3 * i, 3);
    }
    return out;
  }

  private static double[][] knots(double[] xy) {
    double[][] out = new double[xy.length / 2][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[] {xy[2 * i], xy[2 * i + 1], xy[2 * i + 1]};
    }
    return out;
  }

  private static double[] segmented(boolean reversed, double[][] red, double[][] green,
      double[][] blue) {
    double[] rgb = new double[SIZE * 3];
    double[][][] channels = {red, green, blue};
    for (int c = 0; c < 3; c++) {
      double[] lut = channel(reversed ? mirror(channels[c]) : channels[c]);
      for (int i = 0; i < SIZE; i++) {
        rgb[3 * i + c] = lut[i];
      }
    }
    return rgb;
  }

  /** Knots of the reversed map: x becomes 1 - x, and left/right values swap. */
  private static double[][] mirror(double[][] knots) {
    double[][] out = new double[knots.length][];
    for (int k = 0; k < knots.length; k++) {
      double[] in = knots[knots.length - 1 - k];
      out[k] = new double[] {1.0 - in[0], in[2], in[1]};
    }
    return out;
  }

  /** One channel: knots are {x, y0, y1} with x rising from 0 to 1. */
  private static double[] channel(double[][] knots) {
    int n = SIZE;
    double[] x = new double[knots.length];
    for (int k = 0; k < knots.length; k++) {
      x[k] = knots[k][0] * (n - 1);
    }
    double step = 1.0 / (n - 1); // positions computed as numpy's linspace does, for identical rounding
    double[] lut = new double[n];
    lut[0] = knots[0][2];
    lut[n - 1] = knots[knots.length - 1][1];
    for (int i = 1; i < n - 1; i++) {
      double xi = (i * step) * (n - 1);
      int k = 1;
      while (x[k] < xi) { // first knot at or right of xi
        k++;
      }
      double distance = (xi - x[k - 1]) / (x[k] - x[k - 1]);
      double v = distance * (knots[k][1] - knots[k - 1][2]) + knots[k - 1][2];
      lut[i] = Math.min(1, Math.max(0, v));
    }
    return lut;
  }
}
