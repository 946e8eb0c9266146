package dev.chartserve.figure.internal;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.Objects;

import dev.chartserve.figure.Deadline;

/**
 * The grid of the output's pixels as seen from a drawing's user space: which pixel column and row a
 * point lands in. A raster (PNG, JPEG) has the grid of its device pixels. A vector document (SVG,
 * PDF) has none, so it gets a grid {@value #VECTOR_OVERSAMPLING} times finer than the figure's pixels
 * in each direction: what a screen at four times the figure's dpi, or a print, would resolve.
 *
 * <p>Also carries the drawing's deadline, so a pass over millions of points can check it per chunk.
 * Immutable; made per drawing, for one artist at a time.
 */
public final class PixelGrid {
  /** How much finer than the figure's pixels a vector output's grid is. */
  public static final int VECTOR_OVERSAMPLING = 4;

  /**
   * Strips per pixel column in which a raster's lines keep their extremes ({@link ColumnPath}):
   * an antialiased edge shows where inside its pixel a line crosses a row, to 1/256 of a pixel.
   */
  public static final int RASTER_STRIPS = 16;

  /**
   * Strips per cell of a vector output's grid: with {@link #VECTOR_OVERSAMPLING}, eighths of a figure
   * pixel. A million-point line is then about 330 KB of SVG, and drawn back at twice the figure's
   * size it shows 99.8 % of its pixels as the path of every point does.
   */
  public static final int VECTOR_STRIPS = 2;

  private final double sx;
  private final double tx;
  private final double sy;
  private final double ty;
  private final boolean raster;
  private final boolean aligned;
  private final Deadline deadline;

  private PixelGrid(double sx, double tx, double sy, double ty, boolean raster, boolean aligned,
      Deadline deadline) {
    this.aligned = aligned;
    this.sx = sx;
    this.tx = tx;
    this.sy = sy;
    this.ty = ty;
    this.raster = raster;
    this.deadline = deadline;
  }

  /**
   * The grid of what {@code g} draws on. A transform that rotates or shears (or cannot be inverted)
   * has no grid to trust: then {@link #aligned()} is false, and nothing may be merged by pixel.
   */
  public static PixelGrid of(Graphics2D g) {
    Objects.requireNonNull(g, "g");
    AffineTransform t = g.getTransform();
    int kind = t.getType() & ~(AffineTransform.TYPE_TRANSLATION | AffineTransform.TYPE_MASK_SCALE
        | AffineTransform.TYPE_FLIP);
    boolean aligned = kind == 0 && t.getScaleX() != 0 && t.getScaleY() != 0;
    Deadline deadline = g instanceof DeadlineGraphics2D d ? d.deadline() : Deadline.none();
    boolean raster = isRaster(g);
    double k = raster ? 1 : VECTOR_OVERSAMPLING;
    return new PixelGrid(t.getScaleX() * k, t.getTranslateX() * k, t.getScaleY() * k,
        t.getTranslateY() * k, raster, aligned, deadline);
  }

  /** Whether {@code g} is Java2D's own graphics of an image (not a vector backend). */
  public static boolean isRaster(Graphics2D g) {
    Graphics2D target = g instanceof DeadlineGraphics2D d ? d.wrapped() : g;
    return target.getClass().getName().equals("sun.java2d.SunGraphics2D");
  }

  /** Whether user space maps to the grid by scales and translations only: columns are columns. */
  public boolean aligned() {
    return aligned;
  }

  /** Whether the output is pixels (PNG, JPEG), not a vector document. */
  public boolean raster() {
    return raster;
  }

  /** How many strips of each grid column a line keeps its extremes in: see {@link ColumnPath}. */
  public int strips() {
    return raster ? RASTER_STRIPS : VECTOR_STRIPS;
  }

  /** The column of user x {@code ux}, as a real number: its integer part is the column. */
  public double column(double ux) {
    return ux * sx + tx;
  }

  /** The row of user y {@code uy}, as a real number: its integer part is the row. */
  public double row(double uy) {
    return uy * sy + ty;
  }

  /** How many grid cells one user unit spans across (x). */
  public double cellsPerUnitX() {
    return Math.abs(sx);
  }

  /** How many grid cells one user unit spans down (y). */
  public double cellsPerUnitY() {
    return Math.abs(sy);
  }

  /** The drawing's deadline ({@link Deadline#none()} when it has none). */
  public Deadline deadline() {
    return deadline;
  }
}
