package dev.chartserve.figure.internal;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.Rectangle2D;

import dev.chartserve.figure.internal.style.TextRuns;

/**
 * The metrics of a font that measure strings as {@link DeadlineGraphics2D} draws them: runs the font
 * has no glyphs for in their fallback face. Strings the font shows whole are measured by the
 * wrapped metrics, unchanged. Not thread-safe, like the graphics it comes from.
 */
final class FallbackMetrics extends FontMetrics {
  private static final long serialVersionUID = 1L;
  private final transient FontMetrics metrics;
  private final transient Graphics2DSource graphics;

  /** The graphics that measures each run, told what was measured. */
  interface Graphics2DSource {
    FontRenderContext frc();

    /** Called with each string measured that needs a fallback face. */
    void measured(String text);
  }

  FallbackMetrics(FontMetrics metrics, Graphics2DSource graphics) {
    super(metrics.getFont());
    this.metrics = metrics;
    this.graphics = graphics;
  }

  @Override
  public int getAscent() {
    return metrics.getAscent();
  }

  @Override
  public int getDescent() {
    return metrics.getDescent();
  }

  @Override
  public int getLeading() {
    return metrics.getLeading();
  }

  @Override
  public int getMaxAdvance() {
    return metrics.getMaxAdvance();
  }

  @Override
  public int getMaxAscent() {
    return metrics.getMaxAscent();
  }

  @Override
  public int getMaxDescent() {
    return metrics.getMaxDescent();
  }

  @Override
  public int[] getWidths() {
    return metrics.getWidths();
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return metrics.getFontRenderContext();
  }

  @Override
  public LineMetrics getLineMetrics(String str, Graphics context) {
    return metrics.getLineMetrics(str, context);
  }

  @Override
  public int charWidth(char ch) {
    return charsWidth(new char[] {ch}, 0, 1);
  }

  @Override
  public int charWidth(int codePoint) {
    return stringWidth(new String(Character.toChars(codePoint)));
  }

  @Override
  public int charsWidth(char[] data, int off, int len) {
    return stringWidth(new String(data, off, len));
  }

  @Override
  public int stringWidth(String str) {
    if (!TextRuns.needsFallback(getFont(), str)) {
      return metrics.stringWidth(str);
    }
    graphics.measured(str);
    return (int) Math.round(width(str));
  }

  @Override
  public Rectangle2D getStringBounds(String str, Graphics context) {
    if (!TextRuns.needsFallback(getFont(), str)) {
      return metrics.getStringBounds(str, context);
    }
    double ascent = 0;
    double below = 0;
    for (TextRuns.Run run : TextRuns.runs(getFont(), str)) {
      LineMetrics line = run.font().getLineMetrics(run.text(), graphics.frc());
      ascent = Math.max(ascent, line.getAscent());
      below = Math.max(below, line.getDescent() + line.getLeading());
    }
    graphics.measured(str);
    return new Rectangle2D.Double(0, -ascent, width(str), ascent + below);
  }

  @Override
  public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
    return getStringBounds(new String(chars, begin, limit - begin), context);
  }

  @Override
  public Rectangle2D getStringBounds(String str, int begin, int limit, Graphics context) {
    return getStringBounds(str.substring(begin, limit), context);
  }

  private double width(String str) {
    double width = 0;
    for (TextRuns.Run run : TextRuns.runs(getFont(), str)) {
      width += TextRuns.advance(run, graphics.frc());
    }
    return width;
  }
}
