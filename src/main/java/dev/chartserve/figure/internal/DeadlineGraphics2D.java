package dev.chartserve.figure.internal;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.util.Map;
import java.util.Objects;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.internal.style.TextRuns;

/**
 * A {@link Graphics2D} that checks a {@link Deadline} before every drawing operation and passes
 * everything to the graphics it wraps. A chart with millions of points stops at its deadline, in the
 * middle of drawing, whatever the output format: PNG, JPEG, SVG and PDF all draw through this.
 *
 * <p>It also draws text in any script: a string whose font lacks glyphs that a fallback face has
 * ({@link dev.chartserve.figure.internal.style.FontFallback}) is drawn run by run, each in its font,
 * and {@link #getFontMetrics} measures it the same way, so JFreeChart's layout fits what is drawn.
 *
 * <p>Checking costs one {@code System.nanoTime()} per operation. State calls (colour, stroke,
 * transform…) are not checked. Like any {@code Graphics2D}, not thread-safe.
 */
public final class DeadlineGraphics2D extends Graphics2D {
  private final Graphics2D g;
  private final Deadline deadline;
  /** The last string measured that needs a fallback face (see {@link #drawGlyphVector}). */
  private String measured;

  public DeadlineGraphics2D(Graphics2D g, Deadline deadline) {
    this.g = Objects.requireNonNull(g, "g");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
  }

  /** The graphics this one draws through. */
  public Graphics2D wrapped() {
    return g;
  }

  /** The deadline every drawing operation checks. */
  public Deadline deadline() {
    return deadline;
  }

  @Override
  public void addRenderingHints(Map<?, ?> a0) {
    g.addRenderingHints(a0);
  }

  @Override
  public void clearRect(int a0, int a1, int a2, int a3) {
    deadline.check();
    g.clearRect(a0, a1, a2, a3);
  }

  @Override
  public void clip(Shape a0) {
    g.clip(a0);
  }

  @Override
  public void clipRect(int a0, int a1, int a2, int a3) {
    g.clipRect(a0, a1, a2, a3);
  }

  @Override
  public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
    deadline.check();
    g.copyArea(a0, a1, a2, a3, a4, a5);
  }

  @Override
  public Graphics create() {
    return new DeadlineGraphics2D((Graphics2D) g.create(), deadline);
  }

  @Override
  public void dispose() {
    g.dispose();
  }

  @Override
  public void draw(Shape a0) {
    deadline.check();
    g.draw(a0);
  }

  @Override
  public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
    deadline.check();
    g.drawArc(a0, a1, a2, a3, a4, a5);
  }

  @Override
  public void drawGlyphVector(GlyphVector a0, float a1, float a2) {
    deadline.check();
    String text = measured;
    if (text != null && isLayoutOf(a0, text)) {
      // JFreeChart's rotated labels: a TextLayout of the string it just measured, in one font only
      Font font = g.getFont();
      try {
        g.setFont(a0.getFont());
        drawRuns(text, a0.getFont(), a1, a2);
      } finally {
        g.setFont(font);
      }
      return;
    }
    g.drawGlyphVector(a0, a1, a2);
  }

  /** Whether {@code glyphs} are {@code text} in their font, missing glyphs included. */
  private static boolean isLayoutOf(GlyphVector glyphs, String text) {
    Font font = glyphs.getFont();
    int n = glyphs.getNumGlyphs();
    if (n != text.codePointCount(0, text.length()) || !TextRuns.needsFallback(font, text)) {
      return false;
    }
    GlyphVector plain = font.createGlyphVector(glyphs.getFontRenderContext(), text);
    return plain.getNumGlyphs() == n
        && java.util.Arrays.equals(plain.getGlyphCodes(0, n, null), glyphs.getGlyphCodes(0, n, null));
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, Color a9, ImageObserver a10) {
    deadline.check();
    return g.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, ImageObserver a9) {
    deadline.check();
    return g.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, Color a5, ImageObserver a6) {
    deadline.check();
    return g.drawImage(a0, a1, a2, a3, a4, a5, a6);
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, int a3, int a4, ImageObserver a5) {
    deadline.check();
    return g.drawImage(a0, a1, a2, a3, a4, a5);
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, Color a3, ImageObserver a4) {
    deadline.check();
    return g.drawImage(a0, a1, a2, a3, a4);
  }

  @Override
  public boolean drawImage(Image a0, int a1, int a2, ImageObserver a3) {
    deadline.check();
    return g.drawImage(a0, a1, a2, a3);
  }

  @Override
  public boolean drawImage(Image a0, AffineTransform a1, ImageObserver a2) {
    deadline.check();
    return g.drawImage(a0, a1, a2);
  }

  @Override
  public void drawImage(BufferedImage a0, BufferedImageOp a1, int a2, int a3) {
    deadline.check();
    g.drawImage(a0, a1, a2, a3);
  }

  @Override
  public void drawLine(int a0, int a1, int a2, int a3) {
    deadline.check();
    g.drawLine(a0, a1, a2, a3);
  }

  @Override
  public void drawOval(int a0, int a1, int a2, int a3) {
    deadline.check();
    g.drawOval(a0, a1, a2, a3);
  }

  @Override
  public void drawPolygon(int[] a0, int[] a1, int a2) {
    deadline.check();
    g.drawPolygon(a0, a1, a2);
  }

  @Override
  public void drawPolyline(int[] a0, int[] a1, int a2) {
    deadline.check();
    g.drawPolyline(a0, a1, a2);
  }

  @Override
  public void drawRenderableImage(RenderableImage a0, AffineTransform a1) {
    deadline.check();
    g.drawRenderableImage(a0, a1);
  }

  @Override
  public void drawRenderedImage(RenderedImage a0, AffineTransform a1) {
    deadline.check();
    g.drawRenderedImage(a0, a1);
  }

  @Override
  public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
    deadline.check();
    g.drawRoundRect(a0, a1, a2, a3, a4, a5);
  }

  @Override
  public void drawString(String a0, float a1, float a2) {
    deadline.check();
    Font font = g.getFont();
    if (!TextRuns.needsFallback(font, a0)) {
      g.drawString(a0, a1, a2); // the exact path of text the font shows whole
      return;
    }
    drawRuns(a0, font, a1, a2);
  }

  @Override
  public void drawString(String a0, int a1, int a2) {
    deadline.check();
    Font font = g.getFont();
    if (!TextRuns.needsFallback(font, a0)) {
      g.drawString(a0, a1, a2);
      return;
    }
    drawRuns(a0, font, a1, a2);
  }

  /** Each run in its own font, one after the other, advanced as {@link FallbackMetrics} measures. */
  private void drawRuns(String s, Font font, float x, float y) {
    FontRenderContext frc = g.getFontRenderContext();
    double pen = x;
    try {
      for (TextRuns.Run run : TextRuns.runs(font, s)) {
        g.setFont(run.font());
        g.drawString(run.text(), (float) pen, y);
        pen += TextRuns.advance(run, frc);
      }
    } finally {
      g.setFont(font);
    }
  }

  @Override
  public void drawString(AttributedCharacterIterator a0, float a1, float a2) {
    deadline.check();
    g.drawString(a0, a1, a2);
  }

  @Override
  public void drawString(AttributedCharacterIterator a0, int a1, int a2) {
    deadline.check();
    g.drawString(a0, a1, a2);
  }

  @Override
  public void fill(Shape a0) {
    deadline.check();
    g.fill(a0);
  }

  @Override
  public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
    deadline.check();
    g.fillArc(a0, a1, a2, a3, a4, a5);
  }

  @Override
  public void fillOval(int a0, int a1, int a2, int a3) {
    deadline.check();
    g.fillOval(a0, a1, a2, a3);
  }

  @Override
  public void fillPolygon(int[] a0, int[] a1, int a2) {
    deadline.check();
    g.fillPolygon(a0, a1, a2);
  }

  @Override
  public void fillRect(int a0, int a1, int a2, int a3) {
    deadline.check();
    g.fillRect(a0, a1, a2, a3);
  }

  @Override
  public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
    deadline.check();
    g.fillRoundRect(a0, a1, a2, a3, a4, a5);
  }

  @Override
  public Color getBackground() {
    return g.getBackground();
  }

  @Override
  public Shape getClip() {
    return g.getClip();
  }

  @Override
  public Rectangle getClipBounds() {
    return g.getClipBounds();
  }

  @Override
  public Color getColor() {
    return g.getColor();
  }

  @Override
  public Composite getComposite() {
    return g.getComposite();
  }

  @Override
  public GraphicsConfiguration getDeviceConfiguration() {
    return g.getDeviceConfiguration();
  }

  @Override
  public Font getFont() {
    return g.getFont();
  }

  @Override
  public FontMetrics getFontMetrics(Font a0) {
    FontMetrics metrics = g.getFontMetrics(a0);
    return new FallbackMetrics(metrics, new FallbackMetrics.Graphics2DSource() {
      @Override
      public FontRenderContext frc() {
        return g.getFontRenderContext();
      }

      @Override
      public void measured(String text) {
        measured = text;
      }
    });
  }

  @Override
  public FontRenderContext getFontRenderContext() {
    return g.getFontRenderContext();
  }

  @Override
  public Paint getPaint() {
    return g.getPaint();
  }

  @Override
  public Object getRenderingHint(RenderingHints.Key a0) {
    return g.getRenderingHint(a0);
  }

  @Override
  public RenderingHints getRenderingHints() {
    return g.getRenderingHints();
  }

  @Override
  public Stroke getStroke() {
    return g.getStroke();
  }

  @Override
  public AffineTransform getTransform() {
    return g.getTransform();
  }

  @Override
  public boolean hit(Rectangle a0, Shape a1, boolean a2) {
    return g.hit(a0, a1, a2);
  }

  @Override
  public void rotate(double a0) {
    g.rotate(a0);
  }

  @Override
  public void rotate(double a0, double a1, double a2) {
    g.rotate(a0, a1, a2);
  }

  @Override
  public void scale(double a0, double a1) {
    g.scale(a0, a1);
  }

  @Override
  public void setBackground(Color a0) {
    g.setBackground(a0);
  }

  @Override
  public void setClip(int a0, int a1, int a2, int a3) {
    g.setClip(a0, a1, a2, a3);
  }

  @Override
  public void setClip(Shape a0) {
    g.setClip(a0);
  }

  @Override
  public void setColor(Color a0) {
    g.setColor(a0);
  }

  @Override
  public void setComposite(Composite a0) {
    g.setComposite(a0);
  }

  @Override
  public void setFont(Font a0) {
    g.setFont(a0);
  }

  @Override
  public void setPaint(Paint a0) {
    g.setPaint(a0);
  }

  @Override
  public void setPaintMode() {
    g.setPaintMode();
  }

  @Override
  public void setRenderingHint(RenderingHints.Key a0, Object a1) {
    g.setRenderingHint(a0, a1);
  }

  @Override
  public void setRenderingHints(Map<?, ?> a0) {
    g.setRenderingHints(a0);
  }

  @Override
  public void setStroke(Stroke a0) {
    g.setStroke(a0);
  }

  @Override
  public void setTransform(AffineTransform a0) {
    g.setTransform(a0);
  }

  @Override
  public void setXORMode(Color a0) {
    g.setXORMode(a0);
  }

  @Override
  public void shear(double a0, double a1) {
    g.shear(a0, a1);
  }

  @Override
  public void transform(AffineTransform a0) {
    g.transform(a0);
  }

  @Override
  public void translate(double a0, double a1) {
    g.translate(a0, a1);
  }

  @Override
  public void translate(int a0, int a1) {
    g.translate(a0, a1);
  }
}
