package dev.chartserve.figure;

import static dev.chartserve.figure.FigureImages.countNear;
import static dev.chartserve.figure.FigureImages.pixels;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

/** Categories, stacked bars, stackplot, step, twinx and annotate, with matplotlib's semantics. */
@ExtendWith(HeadlessAwt.class)
class DashboardVocabularyTest {
  private static final int C0 = 0x1f77b4;
  private static final int C1 = 0xff7f0e;
  // the default axes box: x 80..576, y 57.6..427.2 px
  private static final double LEFT = 80;
  private static final double WIDTH = 496;
  private static final double BOTTOM = 427.2;
  private static final double HEIGHT = 369.6;

  @Test
  void categoriesTakePositionsInOrderOfFirstAppearanceAndKeepThem() {
    Axes ax = new Figure().addSubplot();
    BarContainer first = ax.bar(List.of("b", "a", "c"), new double[] {1, 2, 3});
    BarContainer second = ax.bar(List.of("c", "d", "b"), new double[] {1, 1, 1});
    assertEquals(-0.4, first.get(0).x(), 1e-12);
    assertEquals(0.6, first.get(1).x(), 1e-12);
    assertEquals(1.6, first.get(2).x(), 1e-12);
    assertEquals(1.6, second.get(0).x(), 1e-12, "c keeps position 2");
    assertEquals(2.6, second.get(1).x(), 1e-12, "d appends at 3");
    assertEquals(-0.4, second.get(2).x(), 1e-12, "b keeps position 0");
    assertEquals(0.8, second.get(1).width(), 1e-12);
    // as matplotlib: bars -0.4..3.4 plus 5 % margins
    assertArrayEquals(new double[] {-0.59, 3.59}, ax.xLim(), 1e-9);
  }

  @Test
  void stackedBarsEndAtTheSumOfTheHeightsBelowAndStandOnZero() {
    Axes ax = new Figure().addSubplot();
    List<String> q = List.of("Q1", "Q2");
    double[] a = {3, 5};
    double[] b = {4, 1};
    ax.bar(q, a);
    BarContainer top = ax.bar(q, b, a);
    assertEquals(7, top.get(0).y() + top.get(0).height(), 1e-12);
    assertEquals(6, top.get(1).y() + top.get(1).height(), 1e-12);
    assertEquals(3, top.get(0).y(), 1e-12);
    assertEquals(0, ax.yLim()[0], 0, "stacks stand on 0, a sticky edge");
    BarContainer h = new Figure().addSubplot().barh(q, b, a);
    assertEquals(3, h.get(0).x(), 1e-12);
    assertEquals(4, h.get(0).width(), 1e-12);
  }

  @Test
  void groupedBarsWithWidthAndOffsetStandSideBySideAroundTheirTick() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    double[] x = {0, 1, 2};
    double w = 0.35;
    ax.bar(shift(x, -w / 2), new double[] {20, 34, 30}, w).setLabel("Men");
    ax.bar(shift(x, w / 2), new double[] {25, 32, 34}, w).setLabel("Women");
    ax.setXTicks(x, List.of("G1", "G2", "G3"));
    ax.legend();
    // x limits: -0.35..2.35 plus 5 % margins
    double[] lim = ax.xLim();
    assertArrayEquals(new double[] {-0.35 - 0.135, 2.35 + 0.135}, lim, 1e-9);
    BufferedImage img = pixels(figure, "grouped-bars");
    for (double at : x) {
      int px = (int) Math.round(LEFT + WIDTH * (at - lim[0]) / (lim[1] - lim[0]));
      assertTrue(countNear(img, px - 12, 400, px - 4, 410, C0) > 60, "Men left of tick " + at);
      assertTrue(countNear(img, px + 4, 400, px + 12, 410, C1) > 60, "Women right of tick " + at);
    }
  }

  @Test
  void aLabelledBarCallIsOneLegendEntryAfterTheLabelledLines() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.bar(List.of("a", "b", "c"), new double[] {1, 1, 1}).setLabel("bars");
    ax.plot(new double[] {0, 2}, new double[] {3, 3}).setLabel("line");
    ax.legend("upper left");
    BufferedImage img = pixels(figure, "bar-legend");
    // two rows: the line (C1) first, then the bars' swatch (C0), as matplotlib lists containers last
    int lineRow = firstRow(img, 88, 60, 115, 130, C1);
    int barRow = firstRow(img, 88, 60, 115, 130, C0);
    assertTrue(lineRow > 0 && barRow > lineRow, "line at " + lineRow + ", bars at " + barRow);
  }

  @Test
  void stackplotFillsBetweenCumulativeSumsInCycleColours() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    List<Patch> layers = ax.stackplot(new double[] {0, 1, 2}, List.of("low", "high"),
        new double[] {1, 1, 1}, new double[] {2, 2, 2});
    assertEquals(2, layers.size());
    assertEquals(0, layers.get(0).y(), 0);
    assertEquals(1, layers.get(0).height(), 0);
    assertEquals(1, layers.get(1).y(), 0);
    assertEquals(2, layers.get(1).height(), 0);
    assertEquals("high", layers.get(1).label());
    double[] ylim = ax.yLim();
    assertEquals(0, ylim[0], 0, "the lowest layer stands on 0");
    assertEquals(3.15, ylim[1], 1e-9);
    BufferedImage img = pixels(figure, "stackplot");
    int lowY = (int) Math.round(BOTTOM - HEIGHT * 0.5 / 3.15);
    int highY = (int) Math.round(BOTTOM - HEIGHT * 2 / 3.15);
    assertTrue(countNear(img, 300, lowY - 2, 310, lowY + 2, C0) > 30, "low layer C0");
    assertTrue(countNear(img, 300, highY - 2, 310, highY + 2, C1) > 30, "high layer C1");
  }

  @Test
  void stepHoldsEachValueOverTheIntervalItsWhereNames() {
    double[] x = {0, 1, 2};
    double[] y = {1, 2, 3};
    double[][] pre = Steps.vertices(x, y, "pre");
    assertArrayEquals(new double[] {0, 0, 1, 1, 2}, pre[0]);
    assertArrayEquals(new double[] {1, 2, 2, 3, 3}, pre[1]);
    double[][] post = Steps.vertices(x, y, "post");
    assertArrayEquals(new double[] {0, 1, 1, 2, 2}, post[0]);
    assertArrayEquals(new double[] {1, 1, 2, 2, 3}, post[1]);
    double[][] mid = Steps.vertices(x, y, "mid");
    assertArrayEquals(new double[] {0, 0.5, 0.5, 1.5, 1.5, 2}, mid[0]);
    assertArrayEquals(new double[] {1, 1, 2, 2, 3, 3}, mid[1]);

    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    Line line = ax.step(new double[] {0, 1}, new double[] {0, 1});
    assertEquals("steps-pre", line.drawStyle());
    BufferedImage img = pixels(figure, "step-pre");
    // pre: up at x = 0 first, then across at y = 1 — the upper left is drawn, the lower right not
    int x0 = (int) Math.round(LEFT + WIDTH * 0.05 / 1.1);
    int yMid = (int) Math.round(BOTTOM - HEIGHT * 0.55 / 1.1);
    int xRight = (int) Math.round(LEFT + WIDTH * 0.8 / 1.1);
    int yLow = (int) Math.round(BOTTOM - HEIGHT * 0.05 / 1.1);
    assertTrue(countNear(img, x0 - 2, yMid - 2, x0 + 3, yMid + 3, C0) > 0, "the riser at x = 0");
    assertEquals(0, countNear(img, xRight - 3, yLow - 3, xRight + 3, yLow + 3, C0), "nothing at y = 0 on the right");
    assertThrows(IllegalArgumentException.class, () -> ax.step(new double[0], new double[0], "left"));
  }

  @Test
  void twinxSharesXDrawsItsOwnYOnTheRightAndIsListedAfterItsHost() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {0, 1}, new double[] {0, 1}).setLabel("left");
    Axes right = ax.twinx();
    Line far = right.plot(new double[] {0, 3}, new double[] {100, 200}).setLabel("right");
    assertEquals(List.of(ax, right), figure.axes());
    assertSame(right, figure.gca());
    assertEquals(0x1f77b4, far.color().getRGB() & 0xffffff, "its own colour cycle");
    assertArrayEquals(new double[] {-0.15, 3.15}, ax.xLim(), 1e-9, "x autoscales to both");
    assertArrayEquals(ax.xLim(), right.xLim(), 1e-12);
    assertArrayEquals(new double[] {-0.05, 1.05}, ax.yLim(), 1e-9, "y per axes");
    assertArrayEquals(new double[] {95, 205}, right.yLim(), 1e-9);
    right.setXLim(0, 10);
    assertArrayEquals(new double[] {0, 10}, ax.xLim(), 1e-12, "limits set on either hold for both");
    ax.legend("upper left");
    right.legend("lower right");
    BufferedImage img = pixels(figure, "twinx");
    // tick labels right of the box (the twin's y axis), and the host's still on the left
    assertTrue(dark(img, 585, 60, 620, 425) > 50, "labels on the right");
    assertTrue(dark(img, 40, 60, 75, 425) > 50, "labels on the left");
    // the twin's line from (0, 100) at the bottom left to (3, 200): mid-point (1.5, 150)
    int px = (int) Math.round(LEFT + WIDTH * 0.15);
    int py = (int) Math.round(BOTTOM - HEIGHT * 55 / 110.0);
    assertTrue(countNear(img, px - 3, py - 3, px + 4, py + 4, C0) > 0, "twin line drawn against its own y");
  }

  @Test
  void annotateDrawsAnArrowFromTheTextToThePointWithoutChangingTheLimits() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {0, 1}, new double[] {0, 1});
    Annotation note = ax.annotate("peak", 0.5, 0.5, 0.1, 0.9).setColor("C3");
    assertEquals("peak", note.text());
    assertArrayEquals(new double[] {0.5, 0.5}, note.xy());
    assertArrayEquals(new double[] {-0.05, 1.05}, ax.yLim(), 1e-9);
    BufferedImage img = pixels(figure, "annotate");
    int x = (int) Math.round(LEFT + WIDTH * 0.55 / 1.1);
    int y = (int) Math.round(BOTTOM - HEIGHT * 0.55 / 1.1);
    // the arrow's shaft, half-way between the text and the point, is black
    int sx = (int) Math.round(LEFT + WIDTH * 0.35 / 1.1);
    int sy = (int) Math.round(BOTTOM - HEIGHT * 0.75 / 1.1);
    assertTrue(dark(img, sx - 12, sy - 12, sx + 12, sy + 12) > 5, "shaft near (" + sx + ", " + sy + ")");
    assertTrue(dark(img, x - 8, y - 8, x, y) > 2, "head just up-left of the point");
    assertTrue(countNear(img, x - 220, y - 200, x, y - 100, 0xd62728) > 10, "the text in C3");
  }

  @Test
  void badArgumentsThrowNamingTheValue() {
    Axes ax = new Figure().addSubplot();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ax.bar(List.of("a", "b"), new double[] {1}));
    assertEquals("categories and heights must have the same length, were 2 and 1", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ax.bar(List.of("a"), new double[] {1}, new double[] {1, 2}));
    assertEquals("heights and bottom must have the same length, were 1 and 2", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> ax.step(new double[] {1}, new double[] {1}, "left"));
    assertEquals("where must be \"pre\", \"post\" or \"mid\", was \"left\"", e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> ax.stackplot(new double[] {1}));
    assertEquals("ys must be at least one series, was none", e.getMessage());
    NullPointerException n = assertThrows(NullPointerException.class,
        () -> ax.bar((List<String>) null, new double[0]));
    assertEquals("categories", n.getMessage());
    assertArrayEquals(new double[] {0, 1}, ax.xLim(), 0, "refused calls add nothing: empty axes show 0..1");
  }

  // ---- helpers ----

  static double[] shift(double[] x, double by) {
    double[] s = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      s[i] = x[i] + by;
    }
    return s;
  }

  /** The first row in the rectangle holding a pixel near {@code color}, or -1. */
  static int firstRow(BufferedImage img, int x0, int y0, int x1, int y1, int color) {
    for (int y = y0; y < y1; y++) {
      if (countNear(img, x0, y, x1, y + 1, color) > 0) {
        return y;
      }
    }
    return -1;
  }

  /** Pixels darker than mid-grey in the rectangle. */
  static int dark(BufferedImage img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int c = img.getRGB(x, y) & 0xffffff;
        if (((c >> 16) + ((c >> 8) & 0xff) + (c & 0xff)) / 3 < 128) {
          n++;
        }
      }
    }
    return n;
  }
}
