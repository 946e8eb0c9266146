package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.data.Range;

import dev.chartserve.figure.internal.ColumnPath;
import dev.chartserve.figure.internal.MarkerCells;
import dev.chartserve.figure.internal.MarkerStamps;
import dev.chartserve.figure.internal.PixelGrid;
import dev.chartserve.figure.internal.style.Strokes;
import dev.chartserve.figure.internal.style.Theme;

/**
 * Markers at data points, matplotlib's {@code scatter} collection. Defaults: circles ("o") of
 * 36 pt² (6 pt across), the next colour of the axes' cycle, no label. Sizes and colours can be one
 * for all points or one per point. Setters return this scatter.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Scatter extends Artist {
  private final double[] x;
  private final double[] y;
  private double[] sizes;
  private Color[] colors;
  private String marker = "o";
  private Range xRange; // the data's extent, found once (the arrays are not copied, nor changed)
  private Range yRange;

  Scatter(double[] x, double[] y, Color color) {
    this.x = x;
    this.y = y;
    this.sizes = new double[] {Theme.MARKER_SIZE * Theme.MARKER_SIZE};
    this.colors = new Color[] {color};
  }

  /** Sets every marker's area in points² (matplotlib's {@code s}); 36 by default. */
  public Scatter setSize(double size) {
    return setSizes(new double[] {size});
  }

  /** Sets each marker's area in points²: one value, or one per point. */
  public Scatter setSizes(double[] sizes) {
    Objects.requireNonNull(sizes, "sizes");
    checkOneOrPerPoint("sizes", sizes.length);
    for (double s : sizes) {
      Checks.nonNegative("sizes", s);
    }
    this.sizes = sizes.clone();
    changed();
    return this;
  }

  /** Sets every marker's colour. */
  public Scatter setColor(Color color) {
    return setColors(new Color[] {Objects.requireNonNull(color, "color")});
  }

  /** Sets every marker's colour from a matplotlib spelling. */
  public Scatter setColor(String color) {
    return setColor(Colors.parse(color));
  }

  /** Sets each marker's colour: one colour, or one per point. */
  public Scatter setColors(Color[] colors) {
    Objects.requireNonNull(colors, "colors");
    checkOneOrPerPoint("colors", colors.length);
    for (Color c : colors) {
      Objects.requireNonNull(c, "colors[i]");
    }
    this.colors = colors.clone();
    changed();
    return this;
  }

  /** Sets the marker: "o" (the default), "s", "^", "x", "+" or ".". */
  public Scatter setMarker(String marker) {
    Objects.requireNonNull(marker, "marker");
    if (!Strokes.isMarker(marker) || Strokes.marker(marker, 0, 0, 1) == null) {
      throw new IllegalArgumentException(
          "marker must be one of \"o\", \"s\", \"^\", \"x\", \"+\", \".\", was \"" + marker + "\"");
    }
    this.marker = marker;
    changed();
    return this;
  }

  /** Sets the legend label. */
  public Scatter setLabel(String label) {
    label(label);
    return this;
  }

  @Override
  public Scatter setTooltip(String tooltip) {
    super.setTooltip(tooltip);
    return this;
  }

  @Override
  public Scatter setUrl(String url) {
    super.setUrl(url);
    return this;
  }

  private void checkOneOrPerPoint(String name, int length) {
    if (length != 1 && length != x.length) {
      throw new IllegalArgumentException(
          name + " must have 1 or " + x.length + " values, was " + length);
    }
  }

  /**
   * Draws the markers in order. From {@link MarkerCells#MERGE_FROM} markers on, only the first of
   * those that fall in one pixel of the output (a figure pixel for vector outputs) with the same
   * size and colour is drawn: the others would be drawn over it; markers too far outside the data
   * area to reach into it are not drawn; and on a raster each look is drawn once per 1/16-pixel
   * phase and copied where its markers go ({@link MarkerStamps}).
   */
  @Override
  void draw(Graphics2D g, View view) {
    PixelGrid grid = PixelGrid.of(g);
    boolean merge = grid.aligned() && !everyPoint() && x.length >= MarkerCells.MERGE_FROM;
    double reach = Math.sqrt(largestSize()) / 2 + 1;
    MarkerCells cells = merge ? new MarkerCells(grid, view.area, reach) : null;
    MarkerStamps stamps = merge && grid.raster() ? new MarkerStamps(g, reach) : null;
    boolean uniform = sizes.length == 1 && colors.length == 1;
    MarkerCells.Look look = uniform ? MarkerCells.ALIKE
        : (a, b) -> size(a) == size(b) && color(a).equals(color(b));
    AffineTransform user = g.getTransform();
    if (stamps != null) {
      g.setTransform(new AffineTransform()); // stamps are copied in device pixels
    }
    try {
      for (int i = 0; i < x.length; i++) {
        double px = view.x(x[i]);
        double py = view.y(y[i]);
        if (Double.isFinite(px) && Double.isFinite(py)
            && (cells == null || cells.claim(px, py, i, look))) {
          double size = Math.sqrt(size(i));
          Color color = color(i);
          Object key = uniform ? this : new Look(size, color);
          if (stamps == null || !stamps.stamp(g, px, py, key, Strokes.marker(marker, 0, 0, size),
              !Strokes.isStrokedOnly(marker), EDGE, color)) {
            g.setTransform(user);
            mark(g, px, py, size, color);
            if (stamps != null) {
              g.setTransform(new AffineTransform());
            }
          }
        }
        if ((i & (ColumnPath.CHUNK - 1)) == 0) {
          grid.deadline().check();
        }
      }
    } finally {
      g.setTransform(user);
    }
  }

  /** A marker's look, for its stamps. */
  private record Look(double size, Color color) {
  }

  private double size(int i) {
    return sizes[sizes.length == 1 ? 0 : i];
  }

  private Color color(int i) {
    return colors[colors.length == 1 ? 0 : i];
  }

  private double largestSize() {
    double largest = 0;
    for (double s : sizes) {
      largest = Math.max(largest, s);
    }
    return largest;
  }

  /** One square per point inside the data area, the marker's size (at least {@link View#MIN_HOTSPOT} points). */
  @Override
  List<Shape> hotspots(View view) {
    return view.pointHotspots(x.length, i -> x[i], i -> y[i], Math.sqrt(largestSize()));
  }

  private void mark(Graphics2D g, double px, double py, double size, Color color) {
    Shape shape = Strokes.marker(marker, px, py, size);
    g.setPaint(color);
    if (!Strokes.isStrokedOnly(marker)) {
      g.fill(shape);
    }
    g.setStroke(EDGE);
    g.draw(shape);
  }

  /** A marker's edge: 1 pt, in its colour. */
  private static final BasicStroke EDGE = new BasicStroke(1f);

  @Override
  void drawLegendHandle(Graphics2D g, Rectangle2D box) {
    mark(g, box.getCenterX(), box.getCenterY(), Math.sqrt(sizes[0]), colors[0]);
  }

  @Override
  int overlap(View view, Rectangle2D box) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (box.contains(view.x(x[i]), view.y(y[i]))) {
        n++;
      }
    }
    return n;
  }

  @Override
  Range xRange() {
    if (xRange == null) {
      xRange = range(x);
    }
    return xRange;
  }

  @Override
  Range yRange() {
    if (yRange == null) {
      yRange = range(y);
    }
    return yRange;
  }
}
