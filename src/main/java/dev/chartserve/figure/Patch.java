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

import dev.chartserve.figure.internal.ColumnPath;
import dev.chartserve.figure.internal.PixelGrid;

/**
 * A filled shape in data coordinates, matplotlib's {@code Patch}: one bar of {@link Axes#bar} or
 * {@link Axes#barh}, one bin of {@link Axes#hist}, or the area of {@link Axes#fillBetween}. By
 * default it is filled with the next colour of the axes' cycle and has no edge. Setters return this
 * patch.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Patch extends Artist {
  private final double[] xs; // polygon vertices in data coordinates (null for a region)
  private final double[] ys;
  private final double[] regionX; // a region between two curves: x, its lower and upper bounds
  private final double[] regionLo;
  private final double[] regionHi;
  private Range xRange; // found once: the arrays are not copied, nor changed
  private Range yRange;
  private Path2D lastPath; // the outline last drawn, and the area it was drawn in
  private Rectangle2D lastArea;
  private final double[] stickyX;
  private final double[] stickyY;
  private Color face;
  private Color edge; // null: no edge
  private float lineWidth = 1f;

  Patch(double[] xs, double[] ys, Color face, double[] stickyX, double[] stickyY) {
    this(xs, ys, null, null, null, face, stickyX, stickyY);
  }

  private Patch(double[] xs, double[] ys, double[] regionX, double[] regionLo, double[] regionHi,
      Color face, double[] stickyX, double[] stickyY) {
    this.xs = xs;
    this.ys = ys;
    this.regionX = regionX;
    this.regionLo = regionLo;
    this.regionHi = regionHi;
    this.face = face;
    this.stickyX = stickyX;
    this.stickyY = stickyY;
  }

  /**
   * The region between {@code lo} and {@code hi} over {@code x} (the arrays kept, not copied): the
   * polygon along {@code hi} forwards and back along {@code lo}, as matplotlib's
   * {@code fill_between}.
   */
  static Patch region(double[] x, double[] lo, double[] hi, Color face, double[] stickyY) {
    return new Patch(null, null, x, lo, hi, face, new double[0], stickyY);
  }

  /** How many vertices the outline has. */
  private int vertices() {
    return xs != null ? xs.length : 2 * regionX.length;
  }

  /** x of vertex {@code i}: of a region, along the upper bound and then back along the lower. */
  private double vx(int i) {
    if (xs != null) {
      return xs[i];
    }
    int n = regionX.length;
    return i < n ? regionX[i] : regionX[2 * n - 1 - i];
  }

  private double vy(int i) {
    if (ys != null) {
      return ys[i];
    }
    int n = regionX.length;
    return i < n ? regionHi[i] : regionLo[2 * n - 1 - i];
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
    return xRange().getLowerBound();
  }

  /** The bottom (for bars), the smallest y of the shape. */
  public double y() {
    return yRange().getLowerBound();
  }

  /** The width of the shape's extent in x. */
  public double width() {
    return xRange().getLength();
  }

  /** The height of the shape's extent in y. */
  public double height() {
    return yRange().getLength();
  }

  /**
   * Fills (and strokes) the outline. An outline of many vertices is drawn as the output can show
   * it, through {@link ColumnPath} with the fill's own reach (none): of each run of vertices in one
   * narrow strip of a pixel column, the first, last, lowest and highest and the neighbours of those
   * two. An outline with an edge keeps every vertex, as does one on a rotated drawing.
   */
  @Override
  void draw(Graphics2D g, View view) {
    PixelGrid grid = PixelGrid.of(g);
    boolean stroked = edge != null && edge.getAlpha() > 0 && lineWidth > 0;
    Path2D path = outline(view, grid, stroked || !grid.aligned() || everyPoint());
    paint(g, path);
    lastPath = path;
    lastArea = view.area;
  }

  /** The patch's outline within the data area (a bar that runs off the axes ends at their edge). */
  @Override
  List<Shape> hotspots(View view) {
    java.awt.geom.Area inside = new java.awt.geom.Area(drawnOutline(view));
    inside.intersect(new java.awt.geom.Area(view.area));
    return inside.isEmpty() ? List.of() : List.of(inside);
  }

  @Override
  int overlap(View view, Rectangle2D box) {
    return drawnOutline(view).intersects(box) ? 1 : 0;
  }

  /** The outline last drawn in {@code view}'s area, or every vertex's when there was none. */
  private Path2D drawnOutline(View view) {
    if (lastPath != null && lastArea.equals(view.area)) {
      return lastPath;
    }
    return outline(view, null, true);
  }

  private Path2D outline(View view, PixelGrid grid, boolean everyVertex) {
    int n = vertices();
    if (everyVertex || n <= 4) {
      Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO, n + 1);
      for (int i = 0; i < n; i++) {
        double px = view.x(vx(i));
        double py = view.y(vy(i));
        if (i == 0) {
          path.moveTo(px, py);
        } else {
          path.lineTo(px, py);
        }
      }
      path.closePath();
      return path;
    }
    ColumnPath path = new ColumnPath(grid, grid.strips(), view.area, 0);
    if (xs != null) {
      for (int i = 0; i < n; i++) {
        path.lineTo(view.x(xs[i]), view.y(ys[i]));
      }
    } else { // along the upper bound, then back along the lower
      for (int i = 0; i < regionX.length; i++) {
        path.lineTo(view.x(regionX[i]), view.y(regionHi[i]));
      }
      for (int i = regionX.length - 1; i >= 0; i--) {
        path.lineTo(view.x(regionX[i]), view.y(regionLo[i]));
      }
    }
    Path2D outline = path.finish();
    outline.closePath();
    return outline;
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
    if (xRange == null) {
      xRange = range(xs != null ? xs : regionX);
    }
    return xRange;
  }

  @Override
  Range yRange() {
    if (yRange == null) {
      yRange = ys != null ? range(ys) : union(range(regionLo), range(regionHi));
    }
    return yRange;
  }

  private static Range union(Range a, Range b) {
    return a == null ? b : b == null ? a : Range.combine(a, b);
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
