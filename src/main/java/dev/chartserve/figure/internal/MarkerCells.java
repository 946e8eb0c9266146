package dev.chartserve.figure.internal;

import java.awt.geom.Rectangle2D;

/**
 * Which pixel of the output each marker of one drawing lands in, so that of the markers that fall in
 * one pixel with the same look only the first is drawn: the others would cover the same pixels in
 * the same colour. A raster's cells are its pixels, a vector output's the figure's pixels. Markers
 * further outside the visible area than they reach cannot show, and are refused.
 *
 * <p>"The same look" is the caller's to say ({@link Look}). A cell remembers the last marker claimed
 * in it, so a marker of another look drawn in between is covered again by the next one of the first
 * look, as it would be without merging.
 *
 * <p>One {@code int} per visible pixel, for one drawing of one artist; not thread-safe.
 */
public final class MarkerCells {
  private final PixelGrid grid;
  private final double scale; // grid cells -> marker cells
  private final double left;
  private final double top;
  private final int columns;
  private final int rows;
  private final int[] cells; // 1 + the last marker claimed; 0: none

  /** Whether markers {@code a} and {@code b} (the caller's numbers) look the same. */
  @FunctionalInterface
  public interface Look {
    boolean same(int a, int b);
  }

  /**
   * How many markers an artist has before they are merged by pixel (and copied from stamps): fewer
   * are drawn as shapes, each where it lies, as they always were; merging them would save little.
   */
  public static final int MERGE_FROM = 4096;

  /** All markers look the same. */
  public static final Look ALIKE = (a, b) -> true;

  /**
   * Cells over {@code visible} (user space) widened by {@code reach}, the largest distance in user
   * units from a marker's centre to its ink.
   */
  public MarkerCells(PixelGrid grid, Rectangle2D visible, double reach) {
    double k = grid.raster() ? 1 : 1.0 / PixelGrid.VECTOR_OVERSAMPLING; // figure pixels
    double x0 = grid.column(visible.getMinX() - reach) * k;
    double x1 = grid.column(visible.getMaxX() + reach) * k;
    double y0 = grid.row(visible.getMinY() - reach) * k;
    double y1 = grid.row(visible.getMaxY() + reach) * k;
    this.left = Math.floor(Math.min(x0, x1));
    this.top = Math.floor(Math.min(y0, y1));
    this.columns = (int) (Math.floor(Math.max(x0, x1)) - left) + 1;
    this.rows = (int) (Math.floor(Math.max(y0, y1)) - top) + 1;
    this.scale = k;
    this.grid = grid;
    this.cells = new int[Math.multiplyExact(columns, rows)];
  }

  /**
   * Whether marker {@code point} (a number from 0), centred at ({@code ux}, {@code uy}) (user
   * space), must be drawn: it can show, and the last marker claimed in its pixel looks different,
   * or there was none. A marker that must be drawn is claimed.
   */
  public boolean claim(double ux, double uy, int point, Look look) {
    double c = Math.floor(grid.column(ux) * scale) - left;
    double r = Math.floor(grid.row(uy) * scale) - top;
    if (!(c >= 0 && c < columns && r >= 0 && r < rows)) {
      return false; // too far outside to show (NaN too)
    }
    int at = (int) r * columns + (int) c;
    int last = cells[at] - 1;
    if (last >= 0 && look.same(last, point)) {
      return false;
    }
    cells[at] = point + 1;
    return true;
  }
}
