package dev.chartserve.figure.internal;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;

/**
 * The path of a polyline as the output can show it, with a number of vertices bounded by the
 * output's width instead of the data's length.
 *
 * <p>Each pixel column is cut into {@code subcolumns} strips. Of each run of consecutive vertices
 * that fall in one strip, only these are kept, in their order: the first, the lowest, the highest
 * and the last (M4: Jugel et al., "M4: A Visualization-Oriented Time Series Data Aggregation", VLDB
 * 2014), and the vertices just before and after the lowest and the highest, so that a spike keeps
 * its two flanks. A run thus reaches the same top and bottom, joins its neighbours through the same
 * first and last vertices, and its extremes are drawn with their own edges; what is dropped zigzags
 * inside the ink the kept vertices make. Strips narrower than a pixel keep the slopes inside a
 * pixel column: with antialiased strokes, where a line crosses a row inside its column shows.
 *
 * <p>Strips left or right of the visible area (beyond what the stroke can reach into it) count as
 * one strip each side: vertices out of sight collapse, and the segments that enter the area keep
 * their outside ends. Any order of x works (a run ends when the strip changes), so a series that
 * goes back and forth keeps its shape; sorted x gives the fewest vertices, at most eight per strip.
 *
 * <p>Feed vertices in user space with {@link #lineTo}; a vertex with a non-finite coordinate lifts
 * the pen, as a NaN in matplotlib's data does. Take the path with {@link #finish()}. The deadline is
 * checked every {@value #CHUNK} vertices. One builder serves one drawing of one line; not
 * thread-safe.
 */
public final class ColumnPath {
  /** How many vertices pass between two checks of the deadline. */
  public static final int CHUNK = 1 << 16;

  // the slots of a run's kept vertices, in no particular order
  private static final int FIRST = 0;
  private static final int BEFORE_MIN = 1;
  private static final int MIN = 2;
  private static final int AFTER_MIN = 3;
  private static final int BEFORE_MAX = 4;
  private static final int MAX = 5;
  private static final int AFTER_MAX = 6;
  private static final int LAST = 7;
  private static final int SLOTS = 8;

  private final PixelGrid grid;
  private final double strips; // strips per grid column
  private final boolean everyVertex;
  private final double loStrip;
  private final double hiStrip;
  private final Path2D.Double path;
  private int sinceCheck;
  private long seen;
  private long kept;

  private boolean penDown; // a subpath is open: the next vertex continues it
  private boolean inRun;
  private double strip; // the current run's strip (clamped)
  private long runStart; // index of the run's first vertex
  private double prevX;
  private double prevY;
  private long prevIndex;
  private boolean afterMinDue;
  private boolean afterMaxDue;
  private final double[] slotX = new double[SLOTS];
  private final double[] slotY = new double[SLOTS];
  private final long[] slotIndex = new long[SLOTS]; // -1: empty
  private final int[] order = new int[SLOTS];

  /**
   * A path for vertices drawn through {@code grid} with {@code subcolumns} strips per grid column,
   * clipped to {@code visible} (user space), by a stroke that reaches {@code reach} user units from
   * the line (half its width, more with square caps).
   */
  public ColumnPath(PixelGrid grid, int subcolumns, Rectangle2D visible, double reach) {
    this(grid, subcolumns, visible, reach, false);
  }

  /**
   * As {@link #ColumnPath(PixelGrid, int, Rectangle2D, double)}, or with {@code everyVertex} a
   * path of every vertex given (gaps and the deadline alike): what decimation is compared against.
   */
  public ColumnPath(PixelGrid grid, int subcolumns, Rectangle2D visible, double reach,
      boolean everyVertex) {
    if (subcolumns < 1) {
      throw new IllegalArgumentException("subcolumns must be >= 1, was " + subcolumns);
    }
    this.grid = grid;
    this.strips = subcolumns;
    this.everyVertex = everyVertex;
    double a = grid.column(visible.getMinX()) * strips;
    double b = grid.column(visible.getMaxX()) * strips;
    double margin = (Math.ceil(reach * grid.cellsPerUnitX()) + 2) * strips;
    this.loStrip = Math.floor(Math.min(a, b)) - margin;
    this.hiStrip = Math.floor(Math.max(a, b)) + margin;
    this.path = new Path2D.Double(Path2D.WIND_NON_ZERO, 1024);
  }

  /** The next vertex of the line, in user space; a non-finite coordinate lifts the pen instead. */
  public void lineTo(double ux, double uy) {
    if (++sinceCheck == CHUNK) {
      sinceCheck = 0;
      grid.deadline().check();
    }
    if (!Double.isFinite(ux) || !Double.isFinite(uy)) {
      gap();
      return;
    }
    long i = seen++;
    if (everyVertex) {
      vertex(ux, uy);
      return;
    }
    double s = Math.floor(grid.column(ux) * strips);
    if (s < loStrip) {
      s = loStrip - 1;
    } else if (s > hiStrip) {
      s = hiStrip + 1;
    }
    if (inRun && s == strip) {
      extend(ux, uy, i);
    } else {
      flush();
      start(ux, uy, i, s);
    }
    prevX = ux;
    prevY = uy;
    prevIndex = i;
  }

  /** Lifts the pen: the next vertex starts a new subpath. */
  public void gap() {
    flush();
    penDown = false;
  }

  /** The path, every run written out. The builder is spent. */
  public Path2D.Double finish() {
    flush();
    return path;
  }

  /** How many vertices were given (finite ones). */
  public long seen() {
    return seen;
  }

  /** How many vertices the path has. */
  public long kept() {
    return kept;
  }

  private void start(double ux, double uy, long i, double s) {
    inRun = true;
    strip = s;
    runStart = i;
    Arrays.fill(slotIndex, -1);
    set(FIRST, ux, uy, i);
    set(MIN, ux, uy, i);
    set(MAX, ux, uy, i);
    set(LAST, ux, uy, i);
    afterMinDue = false;
    afterMaxDue = false;
  }

  private void extend(double ux, double uy, long i) {
    if (afterMinDue) {
      set(AFTER_MIN, ux, uy, i);
      afterMinDue = false;
    }
    if (afterMaxDue) {
      set(AFTER_MAX, ux, uy, i);
      afterMaxDue = false;
    }
    if (uy < slotY[MIN]) {
      set(MIN, ux, uy, i);
      set(BEFORE_MIN, prevX, prevY, i - 1);
      slotIndex[AFTER_MIN] = -1;
      afterMinDue = true;
    } else if (uy > slotY[MAX]) {
      set(MAX, ux, uy, i);
      set(BEFORE_MAX, prevX, prevY, i - 1);
      slotIndex[AFTER_MAX] = -1;
      afterMaxDue = true;
    }
  }

  private void set(int slot, double x, double y, long i) {
    slotX[slot] = x;
    slotY[slot] = y;
    slotIndex[slot] = i;
  }

  /** Writes the current run's kept vertices in their order, each once. */
  private void flush() {
    if (!inRun) {
      return;
    }
    inRun = false;
    set(LAST, prevX, prevY, prevIndex); // the run's last vertex is the one before this call
    int n = 0;
    for (int slot = 0; slot < SLOTS; slot++) {
      if (slotIndex[slot] >= runStart) {
        int j = n++;
        while (j > 0 && slotIndex[order[j - 1]] > slotIndex[slot]) { // insertion sort of <= 8
          order[j] = order[j - 1];
          j--;
        }
        order[j] = slot;
      }
    }
    long previous = -1;
    for (int k = 0; k < n; k++) {
      int slot = order[k];
      if (slotIndex[slot] != previous) {
        vertex(slotX[slot], slotY[slot]);
        previous = slotIndex[slot];
      }
    }
  }

  private void vertex(double x, double y) {
    if (penDown) {
      path.lineTo(x, y);
    } else {
      path.moveTo(x, y);
      penDown = true;
    }
    kept++;
  }
}
