package dev.chartserve.figure.internal.image;

import java.util.Locale;

/**
 * The interpolation kernels of Agg, the rasteriser behind matplotlib's {@code imshow}: the weight a
 * source pixel gets at distance {@code x} (in source pixels) from the sample point. Weights are
 * normalised to sum to 1 at each sample, as Agg does.
 */
public enum Kernel {
  /** The source pixel that contains the sample point. */
  NEAREST(0.5) {
    @Override
    double weight(double x) {
      return x < 0.5 ? 1 : 0;
    }
  },
  /** Agg's {@code image_filter_bilinear}: a tent of radius 1. */
  BILINEAR(1) {
    @Override
    double weight(double x) {
      return x < 1 ? 1 - x : 0;
    }
  },
  /** Agg's {@code image_filter_bicubic}: the cubic B-spline of radius 2 (smooth, not interpolating). */
  BICUBIC(2) {
    @Override
    double weight(double x) {
      return (cube(x + 2) - 4 * cube(x + 1) + 6 * cube(x) - 4 * cube(x - 1)) / 6;
    }
  },
  /** Agg's {@code image_filter_spline36}: a piecewise cubic of radius 3 that interpolates. */
  SPLINE36(3) {
    @Override
    double weight(double x) {
      if (x < 1) {
        return ((13.0 / 11.0 * x - 453.0 / 209.0) * x - 3.0 / 209.0) * x + 1.0;
      }
      if (x < 2) {
        double t = x - 1;
        return ((-6.0 / 11.0 * t + 270.0 / 209.0) * t - 156.0 / 209.0) * t;
      }
      if (x < 3) {
        double t = x - 2;
        return ((1.0 / 11.0 * t - 45.0 / 209.0) * t + 26.0 / 209.0) * t;
      }
      return 0;
    }
  };

  private final double radius;

  Kernel(double radius) {
    this.radius = radius;
  }

  /** Distance beyond which the weight is 0, in source pixels. */
  public double radius() {
    return radius;
  }

  /** The weight at distance {@code x >= 0}. */
  abstract double weight(double x);

  private static double cube(double x) {
    return x <= 0 ? 0 : x * x * x;
  }

  /** The kernel for matplotlib's interpolation name, or {@code null} if there is none. */
  public static Kernel forName(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "nearest", "none" -> NEAREST;
      case "bilinear" -> BILINEAR;
      case "bicubic" -> BICUBIC;
      case "spline36" -> SPLINE36;
      default -> null;
    };
  }
}
