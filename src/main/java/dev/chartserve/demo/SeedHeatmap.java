package dev.chartserve.demo;

import java.awt.Color;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.ContourOptions;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.ImageOptions;

/**
 * Seed 003: Z = 10·(N(0,0,1,1) − N(1,1,1.5,0.5)) on x = −3…4, y = −4…3 in steps of 0.5, shown with
 * spline36 interpolation and the jet colormap, with 10 black contour levels over it (negative ones
 * dashed). 10 × 5 in at 100 dpi.
 */
@Chart(value = "seed-heatmap", cacheControl = SeedData.FIXED_DATA)
public class SeedHeatmap implements ChartProducer {
  static final double DELTA = 0.5;

  @Override
  public void draw(Figure figure, ChartRequest request) {
    double[] x = x();
    double[] y = y();
    double[][] z = z(x, y);

    figure.setSizeInches(10, 5).setDpi(100);
    Axes ax = figure.addSubplot();
    ax.imshow(z, ImageOptions.defaults()
        .withInterpolation("spline36")
        .withExtent(x[0], x[x.length - 1], y[0], y[y.length - 1])
        .withOrigin("lower")
        .withAspect("auto")
        .withCmap("jet"));
    ax.contour(x, y, z, ContourOptions.defaults().withLevels(10).withColor(Color.BLACK));
  }

  /** The x values of the field: −3, −2.5, …, 4; a fresh array for each caller. */
  public static double[] x() {
    return range(-3.0, 4.0);
  }

  /** The y values of the field: −4, −3.5, …, 3; a fresh array for each caller. */
  public static double[] y() {
    return range(-4.0, 3.0);
  }

  /** The field, {@code z[j][i]} at ({@code x()[i]}, {@code y()[j]}); a fresh array for each caller. */
  public static double[][] z() {
    return z(x(), y());
  }

  private static double[][] z(double[] x, double[] y) {
    double[][] z = new double[y.length][x.length];
    for (int j = 0; j < y.length; j++) {
      for (int i = 0; i < x.length; i++) {
        z[j][i] = 10 * (normal(x[i], y[j], 1.0, 1.0, 0.0, 0.0) - normal(x[i], y[j], 1.5, 0.5, 1, 1));
      }
    }
    return z;
  }

  /** from, from + 0.5, …, to (numpy's arange(from, to + 0.001, 0.5)). */
  static double[] range(double from, double to) {
    int n = (int) Math.round((to - from) / DELTA) + 1;
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = from + i * DELTA;
    }
    return values;
  }

  /** The bivariate normal density of matplotlib's old mlab.bivariate_normal. */
  static double normal(double x, double y, double sx, double sy, double mx, double my) {
    double dx = x - mx;
    double dy = y - my;
    return Math.exp(-(dx * dx / (2 * sx * sx) + dy * dy / (2 * sy * sy))) / (2 * Math.PI * sx * sy);
  }
}
