package dev.chartserve.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * A figure: the whole drawing surface of one chart, sized in inches at a resolution in dots per inch,
 * as in matplotlib. The default is 6.4 × 4.8 inches at 100 dpi, that is 640 × 480 pixels.
 *
 * <p>Drawing happens in points (1/72 inch), so fonts given in points come out at the same physical
 * size whatever the dpi: a figure drawn at 200 dpi has twice the pixels of the same figure at 100 dpi,
 * and the same layout.
 *
 * <p>A figure draws a JFreeChart given to {@link #setChart}; charts built by hand with JFreeChart go
 * here unchanged.
 *
 * <p><b>Not thread-safe.</b> A figure belongs to the request (or thread) that made it. Once
 * {@linkplain #close() closed} it refuses further use.
 */
public final class Figure implements AutoCloseable {
  /** matplotlib's default figure width, 6.4 inches. */
  public static final double DEFAULT_WIDTH_INCHES = 6.4;
  /** matplotlib's default figure height, 4.8 inches. */
  public static final double DEFAULT_HEIGHT_INCHES = 4.8;
  /** matplotlib's default resolution, 100 dots per inch. */
  public static final double DEFAULT_DPI = 100;

  /** Points per inch: the unit that drawing code and fonts use. */
  static final double POINTS_PER_INCH = 72;

  private double widthInches;
  private double heightInches;
  private double dpi;
  private Color background = Color.WHITE;
  private JFreeChart chart;
  private boolean closed;

  /** A figure of 6.4 × 4.8 inches at 100 dpi. */
  public Figure() {
    this(DEFAULT_WIDTH_INCHES, DEFAULT_HEIGHT_INCHES, DEFAULT_DPI);
  }

  /** A figure of the given size in inches, at {@code dpi} dots per inch. */
  public Figure(double widthInches, double heightInches, double dpi) {
    setSizeInches(widthInches, heightInches);
    setDpi(dpi);
  }

  /** Sets the size in inches; the pixel size is this times the dpi. */
  public Figure setSizeInches(double widthInches, double heightInches) {
    checkOpen();
    this.widthInches = positive("widthInches", widthInches);
    this.heightInches = positive("heightInches", heightInches);
    return this;
  }

  /** Sets the resolution in dots (pixels) per inch. */
  public Figure setDpi(double dpi) {
    checkOpen();
    this.dpi = positive("dpi", dpi);
    return this;
  }

  public double widthInches() {
    return widthInches;
  }

  public double heightInches() {
    return heightInches;
  }

  public double dpi() {
    return dpi;
  }

  /** Width in pixels: width in inches × dpi, rounded. */
  public int pixelWidth() {
    return (int) Math.round(widthInches * dpi);
  }

  /** Height in pixels: height in inches × dpi, rounded. */
  public int pixelHeight() {
    return (int) Math.round(heightInches * dpi);
  }

  /** The colour behind everything; white by default, {@code null} for a transparent figure. */
  public Figure setBackground(Color background) {
    checkOpen();
    this.background = background;
    return this;
  }

  public Color background() {
    return background;
  }

  /**
   * Makes {@code chart} the whole content of this figure. The chart is drawn as it is: its theme,
   * fonts and colours are the caller's. The chart must not be shared with another figure or thread.
   */
  public Figure setChart(JFreeChart chart) {
    checkOpen();
    this.chart = Objects.requireNonNull(chart, "chart");
    return this;
  }

  /**
   * Draws this figure on {@code g}, whose user space is in pixels with its origin at the figure's
   * top-left corner. The caller owns {@code g}; its transform is restored afterwards.
   */
  public void draw(Graphics2D g) {
    Objects.requireNonNull(g, "g");
    checkOpen();
    AffineTransform saved = g.getTransform();
    try {
      double scale = dpi / POINTS_PER_INCH;
      g.scale(scale, scale);
      Rectangle2D area = new Rectangle2D.Double(
          0, 0, widthInches * POINTS_PER_INCH, heightInches * POINTS_PER_INCH);
      if (background != null) {
        g.setPaint(background);
        g.fill(area);
      }
      if (chart != null) {
        chart.draw(g, area);
      }
    } finally {
      g.setTransform(saved);
    }
  }

  /** Releases this figure; further use throws {@link IllegalStateException}. Idempotent. */
  @Override
  public void close() {
    closed = true;
    chart = null;
  }

  public boolean isClosed() {
    return closed;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("figure is closed");
    }
  }

  private static double positive(String name, double value) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a positive number, was " + value);
    }
    return value;
  }
}
