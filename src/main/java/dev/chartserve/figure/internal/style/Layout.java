package dev.chartserve.figure.internal.style;

import java.awt.geom.Rectangle2D;

/**
 * Where subplots go, as matplotlib's default {@code GridSpec}: the grid spans 0.125..0.9 of the
 * figure's width and 0.11..0.88 of its height, with gaps of 0.2 × the average cell size.
 */
public final class Layout {
  private static final double LEFT = 0.125;
  private static final double RIGHT = 0.9;
  private static final double BOTTOM = 0.11;
  private static final double TOP = 0.88;
  private static final double WSPACE = 0.2;
  private static final double HSPACE = 0.2;

  private Layout() {
  }

  /** The axes box (points, y down) of cell {@code index} (0-based, row-major) of a rows × cols grid. */
  public static Rectangle2D cell(double width, double height, int rows, int cols, int index) {
    double totalW = (RIGHT - LEFT) * width;
    double totalH = (TOP - BOTTOM) * height;
    double cellW = totalW / (cols + WSPACE * (cols - 1));
    double cellH = totalH / (rows + HSPACE * (rows - 1));
    int row = index / cols;
    int col = index % cols;
    double x = LEFT * width + col * cellW * (1 + WSPACE);
    double y = (1 - TOP) * height + row * cellH * (1 + HSPACE);
    return new Rectangle2D.Double(x, y, cellW, cellH);
  }
}
