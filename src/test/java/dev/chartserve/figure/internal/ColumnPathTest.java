package dev.chartserve.figure.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.figure.Deadline;
import dev.chartserve.figure.DeadlineExceededException;
import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class ColumnPathTest {
  private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 100, 100);

  @Test
  void aRunInOneStripKeepsItsFirstExtremesTheirNeighboursAndLast() {
    ColumnPath path = new ColumnPath(grid(Deadline.none()), 1, AREA, 1);
    double[] ys = {50, 48, 52, 10, 55, 60, 90, 58, 51, 49};
    for (int i = 0; i < ys.length; i++) {
      path.lineTo(10 + i * 0.05, ys[i]); // all in column 10
    }
    path.lineTo(11.5, 50);
    // first, before-min, min, after-min, before-max, max, after-max, last; then the next column's
    assertArrayEquals(new double[] {50, 52, 10, 55, 60, 90, 58, 49, 50}, ys(path.finish()));
    assertEquals(11, path.seen());
    assertEquals(9, path.kept());
  }

  @Test
  void aSortedSeriesKeepsAtMostEightVerticesPerStrip() {
    ColumnPath path = new ColumnPath(grid(Deadline.none()), 4, AREA, 1);
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    for (int i = 0; i < 1_000_000; i++) {
      path.lineTo(i / 10_000.0, 50 + r.nextGaussian());
    }
    path.finish();
    assertTrue(path.kept() <= 8 * 4 * 100, "kept " + path.kept());
    assertTrue(path.kept() > 4 * 4 * 100, "kept " + path.kept());
  }

  @Test
  void everyVertexKeepsThemAll() {
    ColumnPath path = new ColumnPath(grid(Deadline.none()), 1, AREA, 1, true);
    for (int i = 0; i < 1000; i++) {
      path.lineTo(10 + i * 0.001, i % 7);
    }
    path.finish();
    assertEquals(1000, path.kept());
  }

  @Test
  void aNonFiniteVertexLiftsThePen() {
    ColumnPath path = new ColumnPath(grid(Deadline.none()), 1, AREA, 1);
    path.lineTo(10, 10);
    path.lineTo(20, 20);
    path.lineTo(Double.NaN, 30);
    path.lineTo(40, 40);
    path.lineTo(45, 45);
    path.lineTo(50, Double.POSITIVE_INFINITY);
    path.lineTo(60, 60);
    path.lineTo(65, 65);
    assertEquals(List.of(PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO, PathIterator.SEG_MOVETO,
        PathIterator.SEG_LINETO, PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO),
        types(path.finish()));
  }

  @Test
  void verticesFarOutsideTheAreaCollapseButTheSegmentsEnteringItKeepTheirEnds() {
    ColumnPath path = new ColumnPath(grid(Deadline.none()), 1, AREA, 1);
    for (int i = 0; i < 10_000; i++) {
      path.lineTo(-1000 + i * 0.09, i % 2 == 0 ? 0 : 100); // x from -1000 to -100: out of sight
    }
    path.lineTo(50, 50);
    Path2D.Double p = path.finish();
    assertTrue(path.kept() <= 9, "kept " + path.kept());
    double[] c = new double[6];
    PathIterator it = p.getPathIterator(null);
    double lastX = 0;
    double lastY = 0;
    double beforeX = 0;
    for (; !it.isDone(); it.next()) {
      it.currentSegment(c);
      beforeX = lastX;
      lastX = c[0];
      lastY = c[1];
    }
    assertEquals(50, lastX);
    assertEquals(50, lastY);
    assertEquals(-1000 + 9999 * 0.09, beforeX, 1e-9); // the segment into the area starts where it did
  }

  @Test
  void theDeadlineStopsTheLineMidWayAtTheNextChunk() throws InterruptedException {
    ColumnPath path = new ColumnPath(grid(Deadline.after(Duration.ofMillis(200))), 1, AREA, 1);
    for (int i = 0; i < ColumnPath.CHUNK; i++) {
      path.lineTo(i % 100, i % 50);
    }
    Thread.sleep(300); // the deadline passes between two chunks
    for (int i = 1; i < ColumnPath.CHUNK; i++) {
      path.lineTo(i % 100, i % 50);
    }
    assertThrows(DeadlineExceededException.class, () -> path.lineTo(1, 1));
    assertEquals(2L * ColumnPath.CHUNK - 1, path.seen());
  }

  @Test
  void stripsNarrowerThanAPixelKeepMoreOfASlope() {
    assertTrue(keptOfALine(16) > keptOfALine(1));
    assertFalse(keptOfALine(16) > 16 * 8 * 101);
  }

  private static long keptOfALine(int strips) {
    ColumnPath path = new ColumnPath(grid(Deadline.none()), strips, AREA, 1);
    for (int i = 0; i < 100_000; i++) {
      path.lineTo(i / 1000.0, Math.sin(i / 500.0) * 40 + 50);
    }
    path.finish();
    return path.kept();
  }

  /** A raster's grid, one user unit a pixel, with {@code deadline}. */
  private static PixelGrid grid(Deadline deadline) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    return PixelGrid.of(new DeadlineGraphics2D(g, deadline));
  }

  private static double[] ys(Path2D path) {
    List<Double> ys = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      it.currentSegment(c);
      ys.add(c[1]);
    }
    return ys.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static List<Integer> types(Path2D path) {
    List<Integer> types = new ArrayList<>();
    double[] c = new double[6];
    for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
      types.add(it.currentSegment(c));
    }
    return types;
  }
}
