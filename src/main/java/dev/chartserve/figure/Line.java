package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.data.Range;

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
  private final double[] x;
  private final double[] y;
  private final double[] yerr;
  private Color color;
  private String lineStyle = "-";
  private float lineWidth = Theme.LINE_WIDTH;
  private String marker = "None";
  private double markerSize = Theme.MARKER_SIZE;
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
      for (int i = 0; i < x.length; i++) {
        double px = view.x(x[i]);
        g.draw(new Line2D.Double(px, view.y(y[i] - yerr[i]), px, view.y(y[i] + yerr[i])));
      }
    }
    if (stroke != null) {
      double[][] v = steps == null ? new double[][] {x, y} : Steps.vertices(x, y, steps);
      double[] vx = v[0];
      double[] vy = v[1];
      Path2D.Double path = new Path2D.Double();
      boolean pen = false;
      for (int i = 0; i < vx.length; i++) {
        if (!Double.isFinite(vx[i]) || !Double.isFinite(vy[i])) {
          pen = false; // a gap, as matplotlib leaves for NaN
          continue;
        }
        double px = view.x(vx[i]);
        double py = view.y(vy[i]);
        if (pen) {
          path.lineTo(px, py);
        } else {
          path.moveTo(px, py);
          pen = true;
        }
      }
      g.setStroke(stroke);
      g.draw(path);
    }
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        drawMarker(g, view.x(x[i]), view.y(y[i]));
      }
    }
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
    return view.pointHotspots(x, y, markerSize);
  }

  private void drawMarker(Graphics2D g, double px, double py) {
    Shape shape = Strokes.marker(marker, px, py, markerSize);
    if (shape == null) {
      return;
    }
    if (!Strokes.isStrokedOnly(marker)) {
      g.fill(shape);
    }
    g.setStroke(new BasicStroke(1f));
    g.draw(shape);
  }

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
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        for (int i = 0; i < x.length; i++) {
          double px = view.x(x[i]);
          double py = view.y(y[i]);
          if (box.contains(px, py)) {
            n++; // a vertex under the legend
          }
          if (i > 0 && Double.isFinite(lastX + lastY + px + py)
              && box.intersectsLine(lastX, lastY, px, py)) {
            n++; // a segment through it
          }
          lastX = px;
          lastY = py;
        }
        return n;
      }
    }
  }

  @Override
  Range xRange() {
    return kind == Kind.HORIZONTAL ? null : range(x);
  }

  @Override
  Range yRange() {
    if (kind == Kind.VERTICAL) {
      return null;
    }
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
