package dev.chartserve.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Objects;

import org.jfree.data.Range;

import dev.chartserve.figure.internal.style.Fonts;
import dev.chartserve.figure.internal.style.TextRuns;
import dev.chartserve.figure.internal.style.Theme;

/**
 * A string at a point in data coordinates, matplotlib's {@code Axes.text}: its left end on the
 * baseline at the point, black DejaVu Sans 10 pt, not clipped to the axes. Setters return this text.
 *
 * <p><b>Not thread-safe</b>, like its figure.
 */
public final class Text extends Artist {
  private final double x;
  private final double y;
  private final String text;
  private Color color = Color.BLACK;
  private double fontSize = Theme.TEXT_SIZE;
  private String horizontalAlignment = "left";

  Text(double x, double y, String text) {
    this.x = x;
    this.y = y;
    this.text = text;
  }

  public String text() {
    return text;
  }

  public Text setColor(Color color) {
    this.color = Objects.requireNonNull(color, "color");
    changed();
    return this;
  }

  public Text setColor(String color) {
    return setColor(Colors.parse(color));
  }

  /** Sets the size in points; 10 by default. */
  public Text setFontSize(double fontSize) {
    this.fontSize = Checks.positive("fontSize", fontSize);
    changed();
    return this;
  }

  /** Sets which end of the text is at the point: "left" (the default), "center" or "right". */
  public Text setHorizontalAlignment(String alignment) {
    Objects.requireNonNull(alignment, "alignment");
    if (!alignment.equals("left") && !alignment.equals("center") && !alignment.equals("right")) {
      throw new IllegalArgumentException(
          "alignment must be \"left\", \"center\" or \"right\", was \"" + alignment + "\"");
    }
    this.horizontalAlignment = alignment;
    changed();
    return this;
  }

  @Override
  public Text setTooltip(String tooltip) {
    super.setTooltip(tooltip);
    return this;
  }

  @Override
  public Text setUrl(String url) {
    super.setUrl(url);
    return this;
  }

  @Override
  void draw(Graphics2D g, View view) {
    if (text.isEmpty()) {
      return;
    }
    TextLayout layout = prepare(g, text, fontSize, color);
    double px = left(view, layout.getAdvance());
    g.drawString(text, (float) px, (float) view.y(y)); // stays text in SVG and PDF
  }

  /**
   * Sets {@code g} to draw {@code s} in DejaVu Sans {@code size} pt and {@code color}, and returns
   * its layout on {@code g} (for its advance and ascent). The caller draws it with
   * {@code drawString}, not {@code TextLayout.draw}: SVG and PDF keep it as text, not outlines.
   */
  static TextLayout prepare(Graphics2D g, String s, double size, Color color) {
    java.awt.Font font = Fonts.regular(size);
    TextLayout layout = layout(s, font, g.getFontRenderContext());
    g.setPaint(color);
    g.setFont(font);
    return layout;
  }

  /** The layout of {@code s}, with fallback faces for the runs {@code font} cannot show. */
  static TextLayout layout(String s, java.awt.Font font, java.awt.font.FontRenderContext frc) {
    return TextRuns.needsFallback(font, s) ? new TextLayout(TextRuns.attributed(font, s).getIterator(), frc)
        : new TextLayout(s, font, frc);
  }

  /** The text's box: its advance wide, from ascent to descent, where {@link #draw} puts it. */
  @Override
  List<Shape> hotspots(View view) {
    if (text.isEmpty()) {
      return List.of();
    }
    java.awt.Font font = Fonts.regular(fontSize);
    TextLayout layout = layout(text, font, new java.awt.font.FontRenderContext(null, true, true));
    double width = layout.getAdvance();
    double px = left(view, width);
    double base = view.y(y);
    return List.of(new Rectangle2D.Double(px, base - layout.getAscent(), width,
        layout.getAscent() + layout.getDescent()));
  }

  /** Where a text {@code width} px wide starts, for this text's point and alignment. */
  private double left(View view, double width) {
    double px = view.x(x);
    return switch (horizontalAlignment) {
      case "center" -> px - width / 2;
      case "right" -> px - width;
      default -> px;
    };
  }

  @Override
  void drawLegendHandle(Graphics2D g, Rectangle2D box) {
    // texts have no legend key
  }

  @Override
  boolean clipped() {
    return false;
  }

  @Override
  Range xRange() {
    return null; // matplotlib does not autoscale to texts
  }

  @Override
  Range yRange() {
    return null;
  }
}
