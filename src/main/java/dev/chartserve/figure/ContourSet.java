package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import org.jfree.chart.plot.XYPlot;

import dev.chartserve.figure.internal.contour.ContourAnnotation;
import dev.chartserve.figure.internal.contour.FilledRegions;
import dev.chartserve.figure.internal.contour.MarchingSquares;
import dev.chartserve.figure.internal.contour.NiceLevels;
import dev.chartserve.figure.internal.image.PlotLayers;

/**
 * Contour lines or filled contours of a gridded field, as matplotlib's {@code QuadContourSet}: what
 * {@link Axes#contour} and {@link Axes#contourf} draw and return. The field is {@code z[j][i]} at
 * {@code (x[i], y[j])}: one row of {@code z} per y value.
 *
 * <p><b>Levels.</b> Given a count {@code n}, the levels are "nice" numbers chosen as matplotlib
 * does: the ticks a {@code MaxNLocator(n + 1)} puts on the data range (steps of 1, 1.5, 2, 2.5, 3, 4,
 * 5, 6, 8 or 10 times a power of ten), keeping at most one level below the minimum and one above the
 * maximum. Lines are traced only for levels strictly inside the data range; the others have none.
 *
 * <p><b>Lines</b> are traced by marching squares with linear interpolation along cell edges; saddle
 * cells are resolved by the mean of their corners; the pieces are joined into polylines, closed ones
 * repeating their first point at the end. They are drawn over the axes' other artists, 1.5 points
 * wide by default; with one colour for all levels, negative levels are dashed as in matplotlib.
 *
 * <p><b>Filled contours</b> fill each band between consecutive levels under the axes' other
 * artists, its colour taken from the colormap at the band's middle value (normalised over the
 * middles, as matplotlib does). Values below the first level or above the last are left unfilled.
 *
 * <p>The axes' limits are set to the range of {@code x} and {@code y} with no margin, as matplotlib
 * does. The contours hang on renderer index 9999 of the axes' {@link Axes#xyPlot() XYPlot}, which
 * is reserved for them and for images.
 *
 * <p>A read-only result, immutable once made (the data are copied, accessors return copies), so it
 * may be read from any thread; making it draws on its axes, which are not thread-safe.
 */
public final class ContourSet {
  /** matplotlib's {@code lines.dashed_pattern}, in multiples of the line width. */
  private static final float[] DASH = {3.7f, 1.6f};

  private final boolean filled;
  private final double[] levels;
  private final List<List<double[]>> lines;
  private final Color[] colors;
  private final boolean[] dashed;
  private final Colormap cmap;
  private final Normalize norm;

  private ContourSet(boolean filled, double[] levels, List<List<double[]>> lines, Color[] colors,
      boolean[] dashed, Colormap cmap, Normalize norm) {
    this.filled = filled;
    this.levels = levels;
    this.lines = lines;
    this.colors = colors;
    this.dashed = dashed;
    this.cmap = cmap;
    this.norm = norm;
  }

  /**
   * Draws contour lines ({@code filled} false) or filled contours of {@code z} on {@code plot}, at
   * x = 0, 1, … and y = 0, 1, …, as {@code contour(Z)} and {@code contourf(Z)}.
   */
  static ContourSet create(XYPlot plot, double[][] z, ContourOptions options, boolean filled) {
    double[][] grid = ImagePlot.rowsOf(Objects.requireNonNull(z, "z"));
    return create(plot, indices(grid[0].length), indices(grid.length), grid, options, filled);
  }

  private static double[] indices(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = i;
    }
    return v;
  }

  /**
   * Draws contour lines ({@code filled} false) or filled contours of {@code z[j][i]} at
   * {@code (x[i], y[j])} on {@code plot}.
   *
   * @throws IllegalArgumentException if the shapes do not match, the grid is smaller than 2 x 2, or
   *     fewer than 2 levels are given for filled contours
   */
  static ContourSet create(XYPlot plot, double[] x, double[] y, double[][] z,
      ContourOptions options, boolean filled) {
    Objects.requireNonNull(plot, "plot");
    Objects.requireNonNull(options, "options");
    double[] xs = finite("x", x);
    double[] ys = finite("y", y);
    double[][] zs = ImagePlot.rowsOf(z);
    if (zs.length != ys.length || zs[0].length != xs.length) {
      throw new IllegalArgumentException("z must have y.length rows of x.length values ("
          + ys.length + " x " + xs.length + "), was " + zs.length + " x " + zs[0].length);
    }
    if (xs.length < 2 || ys.length < 2) {
      throw new IllegalArgumentException(
          "z must be at least 2 x 2, was " + ys.length + " x " + xs.length);
    }
    Normalize range = Normalize.autoscale(zs);
    double zmin = range.vmin();
    double zmax = range.vmax();
    double[] levels = options.levels()
        .orElseGet(() -> NiceLevels.choose(zmin, zmax, options.levelCount()));
    if (filled && levels.length < 2) {
      throw new IllegalArgumentException(
          "levels must be at least 2 for filled contours, was " + levels.length);
    }
    Colormap cmap = options.cmap();
    Color single = options.color().orElse(null);
    ContourAnnotation annotation;
    List<List<double[]>> lines = new ArrayList<>();
    Color[] colors;
    boolean[] dashed = new boolean[levels.length];
    Normalize norm;
    if (filled) {
      double[] mids = new double[levels.length - 1];
      for (int k = 0; k < mids.length; k++) {
        mids[k] = 0.5 * (levels[k] + levels[k + 1]);
      }
      norm = Normalize.of(mids[0], mids[mids.length - 1]);
      colors = new Color[mids.length];
      List<Path2D> regions = new ArrayList<>();
      double top = levels[levels.length - 1];
      for (int k = 0; k < mids.length; k++) {
        colors[k] = single != null ? single : cmap.at(norm.apply(mids[k]));
        // painted in order, each from its lower level up to the top: later bands cover the
        // boundaries of earlier ones, so no background shows between antialiased edges
        regions.add(FilledRegions.region(xs, ys, zs, levels[k], top));
      }
      annotation = ContourAnnotation.filled(regions, colors);
      PlotLayers.addBackground(plot, annotation);
    } else {
      norm = Normalize.of(levels[0], levels[levels.length - 1]);
      colors = new Color[levels.length];
      Stroke[] strokes = new Stroke[levels.length];
      MarchingSquares tracer = new MarchingSquares(xs, ys, zs);
      double eps = -(zmax - zmin) * 1e-15;
      float w = (float) options.lineWidth();
      for (int k = 0; k < levels.length; k++) {
        boolean inside = levels[k] > zmin && levels[k] < zmax;
        lines.add(inside ? tracer.trace(levels[k]) : List.of());
        colors[k] = single != null ? single : cmap.at(norm.apply(levels[k]));
        dashed[k] = single != null && levels[k] < eps;
        strokes[k] = dashed[k] && w > 0
            ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {DASH[0] * w, DASH[1] * w}, 0f)
            : new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
      }
      annotation = ContourAnnotation.lines(lines, colors, strokes);
      PlotLayers.addForeground(plot, annotation);
    }
    PlotLayers.fit(plot.getDomainAxis(), min(xs), max(xs));
    PlotLayers.fit(plot.getRangeAxis(), min(ys), max(ys));
    return new ContourSet(filled, levels, lines, colors, dashed, cmap, norm);
  }

  /** Whether this is a filled contour set. */
  public boolean isFilled() {
    return filled;
  }

  /** The levels, increasing. */
  public double[] levels() {
    return levels.clone();
  }

  /**
   * The traced polylines of each level ({@code lines().get(k)} for {@code levels()[k]}), each as
   * x0, y0, x1, y1, … in data coordinates; empty for filled contours.
   */
  public List<List<double[]>> lines() {
    List<List<double[]>> copy = new ArrayList<>();
    for (List<double[]> level : lines) {
      List<double[]> polylines = new ArrayList<>();
      for (double[] p : level) {
        polylines.add(p.clone());
      }
      copy.add(Collections.unmodifiableList(polylines));
    }
    return Collections.unmodifiableList(copy);
  }

  /** The colour of level {@code k} (lines) or of the band above level {@code k} (filled). */
  public Color color(int k) {
    return colors[k];
  }

  /** Whether the lines of level {@code k} are dashed. */
  public boolean isDashed(int k) {
    return dashed[k];
  }

  /** The colormap the colours come from (for a colorbar). */
  public Colormap cmap() {
    return cmap;
  }

  /** The normalisation the colours come from (for a colorbar). */
  public Normalize norm() {
    return norm;
  }

  private static double[] finite(String name, double[] v) {
    Objects.requireNonNull(v, name);
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite, was " + v[i]);
      }
    }
    return v.clone();
  }

  private static double min(double[] v) {
    double m = v[0];
    for (double d : v) {
      m = Math.min(m, d);
    }
    return m;
  }

  private static double max(double[] v) {
    double m = v[0];
    for (double d : v) {
      m = Math.max(m, d);
    }
    return m;
  }
}
