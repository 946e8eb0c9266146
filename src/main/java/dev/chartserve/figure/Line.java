package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
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
 * A line through data points, matplotlib's {@code Line2D}: made by {@link Axes#plot},
 * {@link Axes#errorbar}, {@link Axes#step}, {@link Axes#axhline} and {@link Axes#axvline}.
 * Defaults: the next colour of the axes' cycle, a solid line 1.5 pt wide, no marker, no label.
 * Setters return this line.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Line extends Artist {
  enum Kind { DATA, HORIZONTAL, VERTICAL }

  private final Kind kind;
  private final double[] x; // null: x = 0, 1, 2, … (plot(y))
  private final double[] y;
  private final double[] yerr;
  private Color color;
  private String lineStyle = "-";
  private float lineWidth = Theme.LINE_WIDTH;
  private String marker = "None";
  private double markerSize = Theme.MARKER_SIZE;
  private Range xRange; // the data's extent, found once (the arrays are not copied, nor changed)
  private Range yRange;
  private Path2D lastPath; // the path last drawn, in user space, and the area it was drawn in
  private Rectangle2D lastArea;
  private String steps; // null: straight segments; "pre", "post", "mid": Axes.step

  Line(Kind kind, double[] x, double[] y, double[] yerr, Color color) {
    this.kind = kind;
    this.x = x;
    this.y = y;
    this.yerr = yerr;
    this.color = color;
  }

  /** Sets the colour of the line and its markers. */
  public Line setColor(Color color) {
    this.color = Objects.requireNonNull(color, "color");
    changed();
    return this;
  }

  /** Sets the colour from a matplotlib spelling, see {@link Colors#parse}. */
  public Line setColor(String color) {
    return setColor(Colors.parse(color));
  }

  public Color color() {
    return color;
  }

  /** Sets the style: "-" (solid, the default), "--", "-.", ":" or "None" (markers only). */
  public Line setLineStyle(String lineStyle) {
    Objects.requireNonNull(lineStyle, "lineStyle");
    if (!Strokes.isLineStyle(lineStyle)) {
      throw new IllegalArgumentException(
          "lineStyle must be one of \"-\", \"--\", \"-.\", \":\", \"None\", was \"" + lineStyle + "\"");
    }
    this.lineStyle = lineStyle;
    changed();
    return this;
  }

  public String lineStyle() {
    return lineStyle;
  }

  /** Sets the width in points; 1.5 by default. */
  public Line setLineWidth(double lineWidth) {
    this.lineWidth = (float) Checks.nonNegative("lineWidth", lineWidth);
    changed();
    return this;
  }

  public double lineWidth() {
    return lineWidth;
  }

  /** Sets the marker at each point: "o", "s", "^", "x", "+", "." or "None" (the default). */
  public Line setMarker(String marker) {
    Objects.requireNonNull(marker, "marker");
    if (!Strokes.isMarker(marker)) {
      throw new IllegalArgumentException(
          "marker must be one of \"o\", \"s\", \"^\", \"x\", \"+\", \".\", \"None\", was \"" + marker + "\"");
    }
    this.marker = marker;
    changed();
    return this;
  }

  public String marker() {
    return marker;
  }

  /** Sets the marker size in points; 6 by default. */
  public Line setMarkerSize(double markerSize) {
    this.markerSize = Checks.nonNegative("markerSize", markerSize);
    changed();
    return this;
  }

  /** Draws this line as steps ("pre", "post" or "mid"), as {@link Axes#step}. */
  void steps(String where) {
    this.steps = where;
  }

  /**
   * matplotlib's drawstyle: "default" (straight segments), or "steps-pre", "steps-post",
   * "steps-mid" for the lines of {@link Axes#step}.
   */
  public String drawStyle() {
    return steps == null ? "default" : "steps-" + steps;
  }

  /** Sets the legend label. */
  public Line setLabel(String label) {
    label(label);
    return this;
  }

  @Override
  public Line setTooltip(String tooltip) {
    super.setTooltip(tooltip);
    return this;
  }

  @Override
  public Line setUrl(String url) {
    super.setUrl(url);
    return this;
  }

  @Override
  void draw(Graphics2D g, View view) {
    g.setPaint(color);
    BasicStroke stroke = Strokes.line(lineStyle, lineWidth);
    Rectangle2D a = view.area;
    switch (kind) {
      case HORIZONTAL -> {
        if (stroke != null) {
          g.setStroke(stroke);
          double py = view.y(y[0]);
          g.draw(new Line2D.Double(a.getMinX(), py, a.getMaxX(), py));
        }
        return;
      }
      case VERTICAL -> {
        if (stroke != null) {
          g.setStroke(stroke);
          double px = view.x(x[0]);
          g.draw(new Line2D.Double(px, a.getMinY(), px, a.getMaxY()));
        }
        return;
      }
      default -> {
        // a line through the data, below
      }
    }
    if (yerr != null) {
      g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      for (int i = 0; i < y.length; i++) {
        double px = view.x(x(i));
        g.draw(new Line2D.Double(px, view.y(y[i] - yerr[i]), px, view.y(y[i] + yerr[i])));
      }
    }
    if (stroke != null) {
      g.setStroke(stroke);
      Path2D path = path(g, view, stroke);
      g.draw(path);
      lastPath = path;
      lastArea = view.area;
    }
    if (Strokes.marker(marker, 0, 0, markerSize) != null) {
      drawMarkers(g, view);
    }
  }

  /**
   * The markers, one per point. From {@link MarkerCells#MERGE_FROM} markers on, only the first of
   * those that fall in one pixel of the output (a figure pixel for vector outputs) is drawn: the
   * others would be drawn over it, in the same shape and colour; markers too far outside the data
   * area to reach into it are not drawn; and on a raster the marker is drawn once per 1/16-pixel
   * phase and copied where it goes ({@link MarkerStamps}).
   */
  private void drawMarkers(Graphics2D g, View view) {
    PixelGrid grid = PixelGrid.of(g);
    boolean merge = grid.aligned() && !everyPoint() && y.length >= MarkerCells.MERGE_FROM;
    MarkerCells cells = merge ? new MarkerCells(grid, view.area, markerSize + 1) : null;
    MarkerStamps stamps = merge && grid.raster() ? new MarkerStamps(g, markerSize + 1) : null;
    Shape shape = Strokes.marker(marker, 0, 0, markerSize);
    boolean filled = !Strokes.isStrokedOnly(marker);
    AffineTransform user = g.getTransform();
    if (stamps != null) {
      g.setTransform(new AffineTransform()); // stamps are copied in device pixels
    }
    try {
      for (int i = 0; i < y.length; i++) {
        double px = view.x(x(i));
        double py = view.y(y[i]);
        if (Double.isFinite(px) && Double.isFinite(py)
            && (cells == null || cells.claim(px, py, i, MarkerCells.ALIKE))) {
          if (stamps == null || !stamps.stamp(g, px, py, this, shape, filled, EDGE, color)) {
            g.setTransform(user);
            drawMarker(g, px, py);
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

  /**
   * The path of the line through the data, as the output's pixels can show it: {@link ColumnPath}
   * keeps, of the vertices in each pixel column, the first, lowest, highest and last. A dashed line
   * keeps every vertex (its dashes run along the whole length), as does a drawing on a transform
   * without a pixel grid (rotated) and one asked for every point.
   */
  private Path2D path(Graphics2D g, View view, BasicStroke stroke) {
    PixelGrid grid = PixelGrid.of(g);
    boolean every = everyPoint() || !grid.aligned() || stroke.getDashArray() != null;
    ColumnPath path = new ColumnPath(grid, grid.strips(), view.area, stroke.getLineWidth() * 0.75,
        every);
    if (steps == null) {
      for (int i = 0; i < y.length; i++) {
        path.lineTo(view.x(x(i)), view.y(y[i]));
      }
    } else {
      Steps.trace(xs(), y, steps, (vx, vy) -> path.lineTo(view.x(vx), view.y(vy)));
    }
    return path.finish();
  }

  /** x of point {@code i}. */
  private double x(int i) {
    return x == null ? i : x[i];
  }

  /** The x values as an array (made for {@code plot(y)}, whose x are implicit). */
  private double[] xs() {
    if (x != null) {
      return x;
    }
    double[] xs = new double[y.length];
    for (int i = 0; i < xs.length; i++) {
      xs[i] = i;
    }
    return xs;
  }

  /**
   * One square per data point inside the data area, as JFreeChart's line renderers report theirs:
   * the marker's size, and at least {@link View#MIN_HOTSPOT} points so a line without markers can be hit.
   */
  @Override
  List<Shape> hotspots(View view) {
    if (kind != Kind.DATA) {
      return List.of(); // axhline / axvline: no data point to hit
    }
    return view.pointHotspots(y.length, this::x, i -> y[i], markerSize);
  }

  private void drawMarker(Graphics2D g, double px, double py) {
    Shape shape = Strokes.marker(marker, px, py, markerSize);
    if (shape == null) {
      return;
    }
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
    g.setPaint(color);
    BasicStroke stroke = Strokes.line(lineStyle, lineWidth);
    if (stroke != null) {
      g.setStroke(stroke);
      g.draw(new Line2D.Double(box.getMinX(), box.getCenterY(), box.getMaxX(), box.getCenterY()));
    }
    drawMarker(g, box.getCenterX(), box.getCenterY());
  }

  @Override
  int overlap(View view, Rectangle2D box) {
    int n = 0;
    switch (kind) {
      case HORIZONTAL -> {
        double py = view.y(y[0]);
        return py >= box.getMinY() && py <= box.getMaxY() ? 1 : 0;
      }
      case VERTICAL -> {
        double px = view.x(x[0]);
        return px >= box.getMinX() && px <= box.getMaxX() ? 1 : 0;
      }
      default -> {
        if (lastPath != null && lastArea.equals(view.area)) {
          return overlap(lastPath, box); // the vertices drawn, not the millions given
        }
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < y.length; i++) {
          double px = view.x(x(i));
          double py = view.y(y[i]);
          if (i == 0) {
            path.moveTo(px, py);
          } else {
            path.lineTo(px, py);
          }
        }
        return overlap(path, box);
      }
    }
  }

  /** Vertices of {@code path} under {@code box}, and segments through it. */
  private static int overlap(Path2D path, Rectangle2D box) {
    int n = 0;
    double lastX = Double.NaN;
    double lastY = Double.NaN;
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      double px = c[0];
      double py = c[1];
      if (box.contains(px, py)) {
        n++; // a vertex under the legend
      }
      if (type == PathIterator.SEG_LINETO && Double.isFinite(lastX + lastY + px + py)
          && box.intersectsLine(lastX, lastY, px, py)) {
        n++; // a segment through it
      }
      lastX = px;
      lastY = py;
    }
    return n;
  }

  @Override
  Range xRange() {
    if (kind == Kind.HORIZONTAL) {
      return null;
    }
    if (xRange == null) {
      xRange = x != null ? range(x) : y.length == 0 ? null : new Range(0, y.length - 1);
    }
    return xRange;
  }

  @Override
  Range yRange() {
    if (kind == Kind.VERTICAL) {
      return null;
    }
    if (yRange == null) {
      yRange = dataYRange();
    }
    return yRange;
  }

  private Range dataYRange() {
    if (yerr == null) {
      return range(y);
    }
    double[] ends = new double[y.length * 2];
    for (int i = 0; i < y.length; i++) {
      ends[2 * i] = y[i] - yerr[i];
      ends[2 * i + 1] = y[i] + yerr[i];
    }
    return range(ends);
  }
}
