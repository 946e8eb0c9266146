package dev.chartserve.figure;

import java.util.Objects;

import org.jfree.chart.plot.XYPlot;

import dev.chartserve.figure.internal.image.ImageAnnotation;
import dev.chartserve.figure.internal.image.Kernel;
import dev.chartserve.figure.internal.image.PlotLayers;

/**
 * An image of a grid of values, as matplotlib's {@code AxesImage}: what {@link Axes#imshow} draws
 * and returns. Each value becomes a colour through a {@link Normalize} and a {@link Colormap}, over
 * a rectangle in data coordinates (the extent). The grid is resampled with the chosen kernel at the
 * resolution of the device it is drawn on, so a large or HiDPI figure gets a smooth image, and the
 * same figure always gives the same pixels. Resampled values are clipped to the data's range (so
 * spline36's ringing cannot reach colours the data do not have), as matplotlib does. Missing values
 * (NaN) are drawn transparent and left out of their neighbours' interpolation.
 *
 * <p>The image goes under the axes' other artists, and the axes' limits are set to the extent with
 * no margin. It hangs on renderer index 9999 of the axes' {@link Axes#xyPlot() XYPlot}, which is
 * reserved for images and contours: series renderers added there must use other indices.
 *
 * <p>A read-only result, immutable once made (the values are copied, {@link #extent()} returns a
 * copy), so it may be read from any thread; making it draws on its axes, which are not thread-safe.
 */
public final class ImagePlot {
  private final Colormap cmap;
  private final Normalize norm;
  private final double[] extent;

  private ImagePlot(Colormap cmap, Normalize norm, double[] extent) {
    this.cmap = cmap;
    this.norm = norm;
    this.extent = extent;
  }

  /**
   * Draws {@code z} (rows × columns, {@code z[row][col]}) on {@code plot} as {@code options} say,
   * but for the aspect, which {@link Axes#imshow} sets on the axes.
   *
   * @throws IllegalArgumentException if {@code z} is empty or ragged, or has no finite value and
   *     no norm was given
   */
  static ImagePlot imshow(XYPlot plot, double[][] z, ImageOptions options) {
    Objects.requireNonNull(plot, "plot");
    Objects.requireNonNull(z, "z");
    Objects.requireNonNull(options, "options");
    double[][] copy = rowsOf(z);
    int rows = copy.length;
    int cols = copy[0].length;
    boolean upper = options.origin().equals("upper");
    double[] e = options.extent().orElse(upper
        ? new double[] {-0.5, cols - 0.5, rows - 0.5, -0.5}
        : new double[] {-0.5, cols - 0.5, -0.5, rows - 0.5});
    Normalize norm = options.norm().orElseGet(() -> Normalize.autoscale(copy));
    Colormap cmap = options.cmap();
    double row0Y = upper ? e[3] : e[2];
    double rowNY = upper ? e[2] : e[3];
    ImageAnnotation a = new ImageAnnotation(copy, e[0], e[1], row0Y, rowNY,
        Kernel.forName(options.interpolation()), cmap, norm);
    PlotLayers.addBackground(plot, a);
    PlotLayers.fit(plot.getDomainAxis(), e[0], e[1]);
    PlotLayers.fit(plot.getRangeAxis(), e[2], e[3]);
    return new ImagePlot(cmap, norm, e);
  }

  /** The colormap the values are drawn with (for a colorbar). */
  public Colormap cmap() {
    return cmap;
  }

  /** The normalisation the values are drawn with (for a colorbar). */
  public Normalize norm() {
    return norm;
  }

  /** left, right, bottom, top in data coordinates. */
  public double[] extent() {
    return extent.clone();
  }

  /**
   * The rows of {@code z}, checked to be a non-empty rectangle: a new array of the same row arrays,
   * whose values are not copied (a 4,000 × 4,000 image would cost 128 MB more), as the arrays of
   * {@code plot} are not ({@link Axes}, "Many points").
   */
  static double[][] rowsOf(double[][] z) {
    if (z.length == 0) {
      throw new IllegalArgumentException("z must have at least one row, had 0");
    }
    Objects.requireNonNull(z[0], "z[0]");
    int cols = z[0].length;
    if (cols == 0) {
      throw new IllegalArgumentException("z must have at least one column, had 0");
    }
    for (int r = 0; r < z.length; r++) {
      Objects.requireNonNull(z[r], "z[" + r + "]");
      if (z[r].length != cols) {
        throw new IllegalArgumentException("z must be rectangular: row " + r + " has " + z[r].length
            + " values, row 0 has " + cols);
      }
    }
    return z.clone();
  }
}
