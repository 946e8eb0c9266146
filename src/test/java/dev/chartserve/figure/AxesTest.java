package dev.chartserve.figure;

import static dev.chartserve.figure.FigureImages.count;
import static dev.chartserve.figure.FigureImages.countNear;
import static dev.chartserve.figure.FigureImages.pixels;
import static dev.chartserve.figure.FigureImages.rgb;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.axis.LogAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class AxesTest {
  // the default 640 x 480 figure's axes box, as matplotlib: x 80..576, y 57.6..427.2 px
  private static final int LEFT = 80;
  private static final int RIGHT = 576;
  private static final int TOP = 58;
  private static final int BOTTOM = 427;

  @Test
  void plotLeavesC0PixelsAlongItsPath() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {0, 1}, new double[] {0, 1});
    BufferedImage img = pixels(figure, "axes-plot-diagonal");
    // limits -0.05..1.05 on both axes: the line crosses the box's centre, and its quarter points
    int c0 = 0x1f77b4;
    for (double f : new double[] {0.25, 0.5, 0.75}) {
      int x = (int) Math.round(LEFT + (RIGHT - LEFT) * (0.05 + f) / 1.1);
      int y = (int) Math.round(427.2 - (427.2 - 57.6) * (0.05 + f) / 1.1);
      assertTrue(countNear(img, x - 2, y - 2, x + 3, y + 3, c0) > 0, "C0 near (" + x + ", " + y + ")");
    }
    // and nowhere near the upper-left corner, off its path
    assertEquals(0, countNear(img, LEFT + 5, TOP + 5, LEFT + 60, TOP + 60, c0));
  }

  @Test
  void defaultStyleIsMatplotlibs() {
    assertEquals("DejaVu Sans", dev.chartserve.figure.internal.style.Fonts.regular(10).getFamily(),
        "the bundled font, not a fallback");
    Figure figure = new Figure();
    figure.addSubplot().plot(new double[] {0, 1}, new double[] {0, 1});
    BufferedImage img = pixels(figure, "axes-default-style");
    // black frame on all four sides
    assertTrue(darkest(img, LEFT - 1, 240, LEFT + 1, 240) < 80, "left spine");
    assertTrue(darkest(img, RIGHT - 1, 240, RIGHT + 1, 240) < 80, "right spine");
    assertTrue(darkest(img, 300, TOP - 1, 300, TOP + 1) < 80, "top spine");
    assertTrue(darkest(img, 300, BOTTOM - 1, 300, BOTTOM + 1) < 80, "bottom spine");
    // an outward tick under x = 0 (at 80 + 496 * 0.05 / 1.1 px), none inside
    int tick = (int) Math.round(80 + 496 * 0.05 / 1.1);
    assertTrue(darkest(img, tick - 1, BOTTOM + 3, tick + 1, BOTTOM + 3) < 128, "tick below the axis");
    assertEquals(0xffffff, rgb(img, tick, BOTTOM - 4), "no tick inside");
    // white inside, no grid: a row through the middle is white but for the line
    assertEquals(495 - 5, count(img, LEFT + 3, 150, RIGHT - 2, 151, 0xffffff), 8);
  }

  private static int darkest(BufferedImage img, int x0, int y0, int x1, int y1) {
    int min = 255;
    for (int y = y0; y <= y1; y++) {
      for (int x = x0; x <= x1; x++) {
        int c = rgb(img, x, y);
        min = Math.min(min, ((c >> 16) + ((c >> 8) & 0xff) + (c & 0xff)) / 3);
      }
    }
    return min;
  }

  @Test
  void millionsAreLabelledWithAnExponent() {
    Figure figure = new Figure();
    figure.addSubplot().plot(new double[] {0, 1, 2}, new double[] {1e6, 3e6, 2e6});
    BufferedImage img = pixels(figure, "axes-sci");
    // "1e6" above the top-left corner of the axes
    assertTrue(count(img, LEFT, TOP - 16, LEFT + 25, TOP - 1, 0x000000) > 5, "offset text drawn");
  }

  @Test
  void equalAspectShrinksTheBoxAboutItsCentre() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.bar(new double[] {0.5}, new double[] {1}, 1).get(0).setFaceColor("r");
    ax.setXLim(0, 1).setYLim(0, 1).setAspect("equal");
    BufferedImage img = pixels(figure, "axes-aspect-equal");
    // the 496 x 369.6 px cell becomes a 369.6 px square centred at x = 328
    int red = count(img, 0, 240, 640, 241, 0xff0000);
    assertEquals(366, red, 3); // less the two spines drawn over it
    assertEquals(0xff0000, rgb(img, 328, 240));
    assertEquals(0xffffff, rgb(img, 135, 240));
    assertEquals("aspect must be \"auto\", \"equal\" or a number, was \"square\"",
        assertThrows(IllegalArgumentException.class, () -> ax.setAspect("square")).getMessage());
  }

  @Test
  void setLimitsAreKeptAndCanTurnTheAxisAround() {
    Axes ax = new Figure().addSubplot();
    ax.plot(new double[] {0, 10}, new double[] {0, 1});
    ax.setXLim(10, 0).setYLim(-1, 2);
    assertArrayEquals(new double[] {10, 0}, ax.xLim());
    assertArrayEquals(new double[] {-1, 2}, ax.yLim());
  }

  @Test
  void colorsCycleThroughC0ToC9PerAxes() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    assertEquals(Colors.parse("C0"), ax.plot(new double[] {1, 2}).color());
    assertEquals(Colors.parse("C1"), ax.plot(new double[] {1, 2}).color());
    Axes other = figure.addSubplot(2, 1, 2);
    assertEquals(Colors.parse("C0"), other.plot(new double[] {1, 2}).color());
  }

  @Test
  void limitsHaveFivePercentMarginsExceptBarsStandOnZero() {
    Figure figure = new Figure();
    Axes lines = figure.addSubplot(1, 2, 1);
    lines.plot(new double[] {0, 10}, new double[] {0, 100});
    assertArrayEquals(new double[] {-0.5, 10.5}, lines.xLim(), 1e-9);
    assertArrayEquals(new double[] {-5, 105}, lines.yLim(), 1e-9);
    Axes bars = figure.addSubplot(1, 2, 2);
    bars.bar(new double[] {0, 1}, new double[] {10, 20});
    assertArrayEquals(new double[] {-0.4 - 0.09, 1.4 + 0.09}, bars.xLim(), 1e-9);
    assertArrayEquals(new double[] {0, 21}, bars.yLim(), 1e-9);
  }

  @Test
  void barsAreCentredOnXAndCanBeRecolouredOneByOne() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    List<Patch> bars = ax.bar(new double[] {0, 1, 2}, new double[] {1, 2, 3});
    assertEquals(-0.4, bars.get(0).x(), 1e-12);
    assertEquals(0.8, bars.get(0).width(), 1e-12);
    bars.get(1).setFaceColor("r");
    BufferedImage img = pixels(figure, "axes-bars");
    // x limits -0.5..2.5: bar 1 is centred at the box's centre; bar 0 at 1/6 of it
    int mid = (LEFT + RIGHT) / 2;
    assertEquals(0xff0000, rgb(img, mid, BOTTOM - 5));
    assertEquals(0x1f77b4, rgb(img, LEFT + (RIGHT - LEFT) / 6, BOTTOM - 5));
    // bar 1 is 2 of 3.15 high; above it, white
    assertEquals(0xffffff, rgb(img, mid, BOTTOM - (int) ((BOTTOM - TOP) * 2.1 / 3.15)));
  }

  @Test
  void barhGrowsAlongX() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.barh(new double[] {0, 1}, new double[] {5, 10});
    assertArrayEquals(new double[] {0, 10.5}, ax.xLim(), 1e-9);
    BufferedImage img = pixels(figure, "axes-barh");
    assertTrue(count(img, LEFT + 2, TOP, RIGHT - 30, BOTTOM, 0x1f77b4) > 1000);
  }

  @Test
  void histCountsLikeNumpyAndColoursOneBinRed() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    Histogram h = ax.hist(new double[] {0, 1, 1, 2, 3, 4, 4, 4}, 4);
    assertArrayEquals(new double[] {1, 2, 1, 4}, h.counts()); // last bin closed: 4 counts in it
    assertArrayEquals(new double[] {0, 1, 2, 3, 4}, h.edges());
    assertEquals(4, h.patches().size());
    h.patches().get(3).setFaceColor("red");
    BufferedImage img = pixels(figure, "axes-hist");
    // x limits -0.2..4.2: bin 3 spans 3..4
    int bin3 = (int) Math.round(LEFT + (RIGHT - LEFT) * 3.7 / 4.4);
    int bin1 = (int) Math.round(LEFT + (RIGHT - LEFT) * 1.7 / 4.4);
    assertEquals(0xff0000, rgb(img, bin3, BOTTOM - 10));
    assertEquals(0x1f77b4, rgb(img, bin1, BOTTOM - 10));
  }

  @Test
  void histDensityIntegratesToOne() {
    Histogram h = new Figure().addSubplot().hist(new double[] {0, 1, 1, 3}, new double[] {0, 2, 4}, true);
    assertArrayEquals(new double[] {0.375, 0.125}, h.counts(), 1e-12);
  }

  @Test
  void badArgumentsThrowNamingTheParameterAndValue() {
    Axes ax = new Figure().addSubplot();
    assertEquals("bins must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> ax.hist(new double[] {1}, 0)).getMessage());
    assertEquals("x and y must have the same length, were 2 and 3",
        assertThrows(IllegalArgumentException.class,
            () -> ax.plot(new double[] {1, 2}, new double[] {1, 2, 3})).getMessage());
    assertEquals("width must be > 0, was -1.0", assertThrows(IllegalArgumentException.class,
        () -> ax.bar(new double[] {1}, new double[] {1}, -1)).getMessage());
    Line line = ax.plot(new double[] {1, 2});
    assertEquals("lineStyle must be one of \"-\", \"--\", \"-.\", \":\", \"None\", was \"==\"",
        assertThrows(IllegalArgumentException.class, () -> line.setLineStyle("==")).getMessage());
    assertEquals("marker must be one of \"o\", \"s\", \"^\", \"x\", \"+\", \".\", \"None\", was \"*\"",
        assertThrows(IllegalArgumentException.class, () -> line.setMarker("*")).getMessage());
    assertEquals("x scale must be \"linear\" or \"log\", was \"symlog\"",
        assertThrows(IllegalArgumentException.class, () -> ax.setXScale("symlog")).getMessage());
    assertEquals("loc must be one of [best, upper right, upper left, lower left, lower right, right, "
        + "center left, center right, lower center, upper center, center], was \"top\"",
        assertThrows(IllegalArgumentException.class, () -> ax.legend("top")).getMessage());
    assertEquals("x limits must be finite and different, were 1.0 and 1.0",
        assertThrows(IllegalArgumentException.class, () -> ax.setXLim(1, 1)).getMessage());
    assertEquals("y", assertThrows(NullPointerException.class,
        () -> ax.plot(new double[] {1}, null)).getMessage());
  }

  @Test
  void upperLeftLegendShowsEachLinesKeyAndTheGridCrossesTheAxes() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    double[] x = {0, 1, 2, 3};
    ax.plot(x, new double[] {0, 1, 0, 1}).setColor("g").setLineStyle("--").setMarker("o")
        .setLabel("dashed");
    ax.plot(x, new double[] {1, 2, 1, 2}).setColor("m").setLineStyle("None").setMarker("s")
        .setLabel("squares");
    ax.scatter(x, new double[] {2, 3, 2, 3}).setColor("k").setLabel("dots");
    ax.legend("upper left");
    ax.grid(true);
    BufferedImage img = pixels(figure, "axes-styles-legend");
    // the legend box in the upper left holds a green key, a magenta key and a black dot
    int g = count(img, LEFT, TOP, LEFT + 60, TOP + 70, 0x008000);
    int m = count(img, LEFT, TOP, LEFT + 60, TOP + 70, 0xbf00bf);
    assertTrue(g > 5 && m > 5, "legend keys green " + g + " and magenta " + m);
    // grid lines (grey b0b0b0) cross the lower right of the box, where nothing else is
    int grey = FigureImages.countNear(img, RIGHT - 120, BOTTOM - 60, RIGHT - 5, BOTTOM - 2, 0xb0b0b0);
    assertTrue(grey > 100, "grid pixels, was " + grey);
  }

  @Test
  void scatterTakesAColourAndASizePerPoint() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.scatter(new double[] {0, 1}, new double[] {0, 1})
        .setColors(new Color[] {Color.RED, Color.BLUE}).setSizes(new double[] {400, 36});
    BufferedImage img = pixels(figure, "axes-scatter");
    // 400 pt^2 = 20 pt across = 27.8 px; 36 pt^2 = 6 pt = 8.3 px
    int red = count(img, LEFT, TOP, RIGHT, BOTTOM, 0xff0000);
    int blue = count(img, LEFT, TOP, RIGHT, BOTTOM, 0x0000ff);
    assertTrue(red > 450 && red < 650, "a 28 px red disc, was " + red + " px");
    assertTrue(blue > 25 && blue < 70, "an 8 px blue disc, was " + blue + " px");
    assertEquals("sizes must have 1 or 2 values, was 3", assertThrows(IllegalArgumentException.class,
        () -> ax.scatter(new double[] {0, 1}, new double[] {0, 1}).setSizes(new double[3])).getMessage());
  }

  @Test
  void dashedLinesLeaveGapsAndSolidOnesDoNot() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {0, 1}, new double[] {1, 1}).setColor("r").setLineStyle("--");
    ax.plot(new double[] {0, 1}, new double[] {0, 0}).setColor("b");
    BufferedImage img = pixels(figure, "axes-dashed");
    // y limits -0.05..1.05: y = 1 at 427.2 - 369.6 * 1.05 / 1.1, y = 0 at 427.2 - 369.6 * 0.05 / 1.1
    int yDashed = (int) Math.floor(427.2 - 369.6 * 1.05 / 1.1);
    int ySolid = (int) Math.floor(427.2 - 369.6 * 0.05 / 1.1);
    int from = 110;
    int to = 540;
    int dashed = 0;
    int solid = 0;
    for (int x = from; x < to; x++) {
      dashed += FigureImages.countNear(img, x, yDashed - 1, x + 1, yDashed + 2, 0xff0000) > 0 ? 1 : 0;
      solid += FigureImages.countNear(img, x, ySolid - 1, x + 1, ySolid + 2, 0x0000ff) > 0 ? 1 : 0;
    }
    assertEquals(to - from, solid, "solid: no gaps");
    // matplotlib's dashes at 1.5 pt: 5.55 pt on, 2.4 pt off: about 70 % ink
    assertTrue(dashed > 0.6 * (to - from) && dashed < 0.8 * (to - from), "dashed ink " + dashed);
  }

  @Test
  void textIsNotClippedToTheAxes() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.setXLim(0, 1).setYLim(0, 1);
    ax.text(0.95, 0.5, "outside the box").setColor("r");
    BufferedImage img = pixels(figure, "axes-text-outside");
    assertTrue(reddish(img, LEFT, 200, RIGHT, 260) > 10, "text inside");
    assertTrue(reddish(img, RIGHT + 2, 200, 640, 260) > 20, "text goes on past the box");
  }

  private static int reddish(BufferedImage img, int x0, int y0, int x1, int y1) {
    int n = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int c = rgb(img, x, y);
        n += (c >> 16) > 200 && ((c >> 8) & 0xff) < 120 && (c & 0xff) < 120 ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void bestLegendAvoidsTheData() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {0, 10}, new double[] {0, 10}).setColor("r").setLabel("rising");
    ax.legend("best");
    BufferedImage img = pixels(figure, "axes-legend-best");
    // the diagonal runs through the upper right and lower left: the legend goes upper left
    assertTrue(count(img, LEFT + 5, TOP + 5, LEFT + 40, TOP + 30, 0xff0000) > 10, "red key upper left");
    assertEquals(0, count(img, LEFT + 100, TOP + 5, LEFT + 200, TOP + 30, 0x000000) , "no legend text elsewhere");
  }

  @Test
  void axhlineSpansTheWholeBoxAndFillBetweenFillsDownToZero() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    double[] x = {0, 1, 2, 3};
    ax.fillBetween(x, new double[] {0, 1, 1, 0}, 0);
    ax.errorbar(x, new double[] {2, 3, 2, 3}, new double[] {0.5, 0.5, 0.5, 0.5});
    ax.axhline(1.5).setColor("r");
    ax.axvline(1.5).setColor("k");
    ax.text(0.1, 3.3, "note");
    ax.setXLabel("x").setYLabel("y").setTitle("mixed");
    BufferedImage img = pixels(figure, "axes-mixed");
    assertArrayEquals(new double[] {-0.15, 3.15}, ax.xLim(), 1e-9);
    // the axhline spans the whole box at y = 1.5
    double[] yl = ax.yLim();
    int y = (int) Math.round(427.2 - 369.6 * (1.5 - yl[0]) / (yl[1] - yl[0]));
    assertTrue(countNear(img, LEFT + 1, y - 1, RIGHT - 1, y + 2, 0xff0000) > 400);
    // the fill (C0) under the first segment
    assertTrue(count(img, LEFT + 100, BOTTOM - 40, LEFT + 200, BOTTOM - 2, 0x1f77b4) > 500);
  }

  @Test
  void logXScaleMakesALogAxisAndLabelledFixedTicksStillDraw() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(new double[] {1, 10, 100, 1000}, new double[] {1, 2, 3, 4});
    ax.setXScale("log").setYTicks(new double[] {1, 2, 3, 4}, List.of("one", "two", "three", "four"));
    assertTrue(ax.xyPlot().getDomainAxis() instanceof LogAxis);
    BufferedImage img = pixels(figure, "axes-log");
    assertEquals(640, img.getWidth());
  }

  @Test
  void xyPlotIsTheLivePlot() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    assertSame(ax.xyPlot(), ax.xyPlot());
    assertSame(ax, figure.gca());
  }

  @Test
  void patchColoursAreLiveHandles() {
    Figure figure = new Figure();
    Patch p = figure.addSubplot().bar(new double[] {0}, new double[] {1}).get(0);
    p.setEdgeColor("k").setFaceColor(Color.ORANGE);
    assertEquals(Color.ORANGE, p.faceColor());
    assertEquals(Color.BLACK, p.edgeColor());
  }
}
