package dev.chartserve.figure;

import java.util.Objects;

import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.plot.XYPlot;

import dev.chartserve.figure.internal.image.ImageAnnotation;
import dev.chartserve.figure.internal.image.Kernel;
import dev.chartserve.figure.internal.image.PlotLayers;

/**
 * An image of a grid of values drawn on an {@link XYPlot}, as matplotlib's {@code imshow}: each value
 * becomes a colour through a {@link Normalize} and a {@link Colormap}, over a rectangle in data
 * coordinates (the extent). The grid is resampled with the chosen kernel at the resolution of the
 * device it is drawn on, so a large or HiDPI figure gets a smooth image, and the same figure always
 * gives the same pixels. Resampled values are clipped to the data's range (so spline36's ringing
 * cannot reach colours the data do not have), as matplotlib does. Missing values (NaN) are drawn
 * transparent and left out of their neighbours' interpolation.
 *
 * <p>The image goes under the plot's series (it hangs on a layer renderer at index
 * {@value dev.chartserve.figure.internal.image.PlotLayers#INDEX}, which series must not use), and
 * the plot's axes are set to the extent with no margin.
 *
 * <p><b>Not thread-safe</b>, like the plot it draws on; the values are copied at creation.
 */
public final class ImagePlot {
  private final ImageAnnotation annotation;
  private final Colormap cmap;
  private final Normalize norm;
  private final double[] extent;

  private ImagePlot(ImageAnnotation annotation, Colormap cmap, Normalize norm, double[] extent) {
    this.annotation = annotation;
    this.cmap = cmap;
    this.norm = norm;
    this.extent = extent;
  }

  /**
   * Draws {@code z} (rows × columns, {@code z[row][col]}) on {@code plot} as {@code options} say.
   *
   * @throws IllegalArgumentException if {@code z} is empty or ragged, or has no finite value and
   *     no norm was given
   */
  public static ImagePlot imshow(XYPlot plot, double[][] z, ImageOptions options) {
    Objects.requireNonNull(plot, "plot");
    Objects.requireNonNull(z, "z");
    Objects.requireNonNull(options, "options");
    double[][] copy = copyGrid(z);
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
    if (options.aspect().equals("equal")) {
      dev.chartserve.figure.internal.image.EqualAspect.install(plot);
    }
    return new ImagePlot(a, cmap, norm, e);
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

  /** The annotation that draws the image, as added to the plot. */
  public XYAnnotation annotation() {
    return annotation;
  }

  static double[][] copyGrid(double[][] z) {
    if (z.length == 0) {
      throw new IllegalArgumentException("z must have at least one row, had 0");
    }
    Objects.requireNonNull(z[0], "z[0]");
    int cols = z[0].length;
    if (cols == 0) {
      throw new IllegalArgumentException("z must have at least one column, had 0");
    }
    double[][] copy = new double[z.length][];
    for (int r = 0; r < z.length; r++) {
      Objects.requireNonNull(z[r], "z[" + r + "]");
      if (z[r].length != cols) {
        throw new IllegalArgumentException("z must be rectangular: row " + r + " has " + z[r].length
            + " values, row 0 has " + cols);
      }
      copy[r] = z[r].clone();
    }
    return copy;
  }
}
