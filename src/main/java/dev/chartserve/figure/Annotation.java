package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.data.Range;

import dev.chartserve.figure.internal.style.Fonts;
import dev.chartserve.figure.internal.style.Theme;

/**
 * A text with an arrow to a point, matplotlib's {@code Axes.annotate(text, xy, xytext,
 * arrowprops=dict(arrowstyle="->"))}: the text's left end on the baseline at ({@code textX},
 * {@code textY}), black DejaVu Sans 10 pt; a black 1 pt arrow from the edge of the text's box to
 * the point, both ends held back 2 pt, with an open head 4 pt long and 4 pt wide. Both in data
 * coordinates; neither changes the limits, and neither is clipped to the axes. Setters return this
 * annotation.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Annotation extends Artist {
  private static final double SHRINK = 2;          // matplotlib's shrinkA, shrinkB (pt)
  private static final double HEAD_LENGTH = 0.4;   // × the font size, ArrowStyle "->"
  private static final double HEAD_WIDTH = 0.2;    // half-width, × the font size
  private final String text;
  private final double x;
  private final double y;
  private final double textX;
  private final double textY;
  private Color color = Color.BLACK;
  private Color arrowColor = Color.BLACK;
  private double fontSize = Theme.TEXT_SIZE;
  private float arrowWidth = 1f;

  Annotation(String text, double x, double y, double textX, double textY) {
    this.text = text;
    this.x = x;
    this.y = y;
    this.textX = textX;
    this.textY = textY;
  }

  public String text() {
    return text;
  }

  /** The point the arrow points at {x, y}, in data coordinates. */
  public double[] xy() {
    return new double[] {x, y};
  }

  /** Where the text is {x, y}, in data coordinates. */
  public double[] xyText() {
    return new double[] {textX, textY};
  }

  /** Sets the text's colour; black by default. */
  public Annotation setColor(Color color) {
    this.color = Objects.requireNonNull(color, "color");
    changed();
    return this;
  }

  /** Sets the text's colour from a matplotlib spelling, see {@link Colors#parse}. */
  public Annotation setColor(String color) {
    return setColor(Colors.parse(color));
  }

  public Color color() {
    return color;
  }

  /** Sets the arrow's colour; black by default (matplotlib's {@code arrowprops=dict(color=…)}). */
  public Annotation setArrowColor(Color color) {
    this.arrowColor = Objects.requireNonNull(color, "color");
    changed();
    return this;
  }

  /** Sets the arrow's colour from a matplotlib spelling. */
  public Annotation setArrowColor(String color) {
    return setArrowColor(Colors.parse(color));
  }

  public Color arrowColor() {
    return arrowColor;
  }

  /** Sets the arrow's line width in points; 1 by default. */
  public Annotation setArrowWidth(double width) {
    this.arrowWidth = (float) Checks.nonNegative("width", width);
    changed();
    return this;
  }

  /** Sets the text's size in points; 10 by default. The arrow's head grows with it, as matplotlib's. */
  public Annotation setFontSize(double fontSize) {
    this.fontSize = Checks.positive("fontSize", fontSize);
    changed();
    return this;
  }

  @Override
  public Annotation setTooltip(String tooltip) {
    super.setTooltip(tooltip);
    return this;
  }

  @Override
  public Annotation setUrl(String url) {
    super.setUrl(url);
    return this;
  }

  @Override
  void draw(Graphics2D g, View view) {
    double px = view.x(x);
    double py = view.y(y);
    Rectangle2D a = view.area;
    if (!(px >= a.getMinX() && px <= a.getMaxX() && py >= a.getMinY() && py <= a.getMaxY())) {
      return; // matplotlib's annotation_clip: not drawn while its point is outside the axes
    }
    Rectangle2D box = textBox(view, g.getFontRenderContext());
    drawArrow(g, box, px, py);
    if (!text.isEmpty()) {
      Text.prepare(g, text, fontSize, color);
      g.drawString(text, (float) view.x(textX), (float) view.y(textY));
    }
  }

  /** The arrow from where the line to the point leaves {@code box}, to the point, both held back. */
  private void drawArrow(Graphics2D g, Rectangle2D box, double px, double py) {
    double cx = box.getCenterX();
    double cy = box.getCenterY();
    double dx = px - cx;
    double dy = py - cy;
    double length = Math.hypot(dx, dy);
    if (length == 0 || box.contains(px, py) || arrowWidth == 0) {
      return; // no room for an arrow
    }
    double ux = dx / length;
    double uy = dy / length;
    // leaves the box at the smallest t where |t·u| reaches a side
    double tx = ux == 0 ? Double.POSITIVE_INFINITY : box.getWidth() / 2 / Math.abs(ux);
    double ty = uy == 0 ? Double.POSITIVE_INFINITY : box.getHeight() / 2 / Math.abs(uy);
    double start = Math.min(tx, ty) + SHRINK;
    double end = length - SHRINK;
    if (end <= start) {
      return;
    }
    double x0 = cx + ux * start;
    double y0 = cy + uy * start;
    double x1 = cx + ux * end;
    double y1 = cy + uy * end;
    double headLength = HEAD_LENGTH * fontSize;
    double headWidth = HEAD_WIDTH * fontSize;
    Path2D.Double head = new Path2D.Double();
    head.moveTo(x1 - ux * headLength - uy * headWidth, y1 - uy * headLength + ux * headWidth);
    head.lineTo(x1, y1);
    head.lineTo(x1 - ux * headLength + uy * headWidth, y1 - uy * headLength - ux * headWidth);
    g.setPaint(arrowColor);
    g.setStroke(new BasicStroke(arrowWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    g.draw(new Line2D.Double(x0, y0, x1, y1));
    g.draw(head);
  }

  /** The text's box where {@link #draw} puts it: its advance wide, from ascent to descent. */
  private Rectangle2D textBox(View view, FontRenderContext frc) {
    double px = view.x(textX);
    double base = view.y(textY);
    if (text.isEmpty()) {
      return new Rectangle2D.Double(px, base, 0, 0);
    }
    TextLayout layout = new TextLayout(text, Fonts.regular(fontSize), frc);
    return new Rectangle2D.Double(px, base - layout.getAscent(), layout.getAdvance(),
        layout.getAscent() + layout.getDescent());
  }

  @Override
  List<Shape> hotspots(View view) {
    if (text.isEmpty()) {
      return List.of();
    }
    return List.of(textBox(view, new FontRenderContext(null, true, true)));
  }

  @Override
  void drawLegendHandle(Graphics2D g, Rectangle2D box) {
    // annotations have no legend key
  }

  @Override
  boolean clipped() {
    return false;
  }

  @Override
  Range xRange() {
    return null; // matplotlib does not autoscale to annotations
  }

  @Override
  Range yRange() {
    return null;
  }
}
