package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.data.Range;

/**
 * A filled shape in data coordinates, matplotlib's {@code Patch}: one bar of {@link Axes#bar} or
 * {@link Axes#barh}, one bin of {@link Axes#hist}, or the area of {@link Axes#fillBetween}. By
 * default it is filled with the next colour of the axes' cycle and has no edge. Setters return this
 * patch.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Patch extends Artist {
  private final double[] xs; // polygon vertices in data coordinates
  private final double[] ys;
  private final double[] stickyX;
  private final double[] stickyY;
  private Color face;
  private Color edge; // null: no edge
  private float lineWidth = 1f;

  Patch(double[] xs, double[] ys, Color face, double[] stickyX, double[] stickyY) {
    this.xs = xs;
    this.ys = ys;
    this.face = face;
    this.stickyX = stickyX;
    this.stickyY = stickyY;
  }

  /** A rectangle from (x0, y0) to (x1, y1), sticky at the base {@code y0} (or {@code x0}). */
  static Patch rectangle(double x0, double y0, double x1, double y1, Color face, boolean horizontal) {
    double[] base = {horizontal ? x0 : y0};
    return new Patch(new double[] {x0, x1, x1, x0}, new double[] {y0, y0, y1, y1}, face,
        horizontal ? base : new double[0], horizontal ? new double[0] : base);
  }

  /** Sets the fill colour; a colour with alpha 0 leaves the patch unfilled. */
  public Patch setFaceColor(Color face) {
    this.face = Objects.requireNonNull(face, "face");
    changed();
    return this;
  }

  /** Sets the fill colour from a matplotlib spelling, see {@link Colors#parse}. */
  public Patch setFaceColor(String face) {
    return setFaceColor(Colors.parse(face));
  }

  public Color faceColor() {
    return face;
  }

  /** Sets the edge colour; none by default. */
  public Patch setEdgeColor(Color edge) {
    this.edge = Objects.requireNonNull(edge, "edge");
    changed();
    return this;
  }

  /** Sets the edge colour from a matplotlib spelling ("none" for no edge). */
  public Patch setEdgeColor(String edge) {
    return setEdgeColor(Colors.parse(edge));
  }

  /** The edge colour; fully transparent when there is no edge. */
  public Color edgeColor() {
    return edge == null ? new Color(0, 0, 0, 0) : edge;
  }

  /** Sets face and edge to the same colour, as matplotlib's {@code set_color}. */
  public Patch setColor(String color) {
    Color c = Colors.parse(color);
    this.face = c;
    this.edge = c;
    changed();
    return this;
  }

  /** Sets the edge width in points; 1 by default. */
  public Patch setLineWidth(double lineWidth) {
    this.lineWidth = (float) Checks.nonNegative("lineWidth", lineWidth);
    changed();
    return this;
  }

  /** Sets the legend label. */
  public Patch setLabel(String label) {
    label(label);
    return this;
  }

  @Override
  public Patch setTooltip(String tooltip) {
    super.setTooltip(tooltip);
    return this;
  }

  @Override
  public Patch setUrl(String url) {
    super.setUrl(url);
    return this;
  }

  /** The left (for bars), the smallest x of the shape. */
  public double x() {
    return range(xs).getLowerBound();
  }

  /** The bottom (for bars), the smallest y of the shape. */
  public double y() {
    return range(ys).getLowerBound();
  }

  /** The width of the shape's extent in x. */
  public double width() {
    return range(xs).getLength();
  }

  /** The height of the shape's extent in y. */
  public double height() {
    return range(ys).getLength();
  }

  @Override
  void draw(Graphics2D g, View view) {
    paint(g, path(view));
  }

  /** The patch's outline within the data area (a bar that runs off the axes ends at their edge). */
  @Override
  List<Shape> hotspots(View view) {
    java.awt.geom.Area inside = new java.awt.geom.Area(path(view));
    inside.intersect(new java.awt.geom.Area(view.area));
    return inside.isEmpty() ? List.of() : List.of(inside);
  }

  @Override
  int overlap(View view, Rectangle2D box) {
    return path(view).intersects(box) ? 1 : 0;
  }

  private Path2D.Double path(View view) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < xs.length; i++) {
      double px = view.x(xs[i]);
      double py = view.y(ys[i]);
      if (i == 0) {
        path.moveTo(px, py);
      } else {
        path.lineTo(px, py);
      }
    }
    path.closePath();
    return path;
  }

  private void paint(Graphics2D g, java.awt.Shape shape) {
    if (face.getAlpha() > 0) {
      g.setPaint(face);
      g.fill(shape);
    }
    if (edge != null && edge.getAlpha() > 0 && lineWidth > 0) {
      g.setPaint(edge);
      g.setStroke(new BasicStroke(lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
      g.draw(shape);
    }
  }

  @Override
  void drawLegendHandle(Graphics2D g, Rectangle2D box) {
    paint(g, box);
  }

  @Override
  Range xRange() {
    return range(xs);
  }

  @Override
  Range yRange() {
    return range(ys);
  }

  @Override
  double[] stickyX() {
    return stickyX;
  }

  @Override
  double[] stickyY() {
    return stickyY;
  }
}
