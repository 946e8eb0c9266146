package dev.chartserve.figure;

import static dev.chartserve.figure.FigureImages.count;
import static dev.chartserve.figure.FigureImages.pixels;
import static dev.chartserve.figure.FigureImages.png;
import static dev.chartserve.figure.FigureImages.rgb;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class FigureTest {
  private static final double[] WAVE = {0, 3, 1, 4, 1, 5, 9, 2, 6, 5};

  @Test
  void imageSizeIsFigsizeTimesDpi() {
    Figure figure = new Figure(3, 2, 150);
    figure.addSubplot().plot(WAVE);
    BufferedImage img = pixels(figure, "figure-size");
    assertEquals(450, img.getWidth());
    assertEquals(300, img.getHeight());
  }

  @Test
  void tightBboxTrimsToContentPlusTenthOfAnInch() {
    Figure figure = new Figure(6.4, 4.8, 100);
    figure.addSubplot().plot(WAVE);
    figure.setTightBbox(true);
    int w = figure.pixelWidth();
    int h = figure.pixelHeight();
    assertTrue(w < 640 && h < 480, "trimmed, was " + w + " x " + h);
    BufferedImage img = pixels(figure, "figure-tight");
    assertEquals(w, img.getWidth());
    assertEquals(h, img.getHeight());
    // 10 px of padding: white, then content on every side
    assertTrue(isWhite(img, 0, 0, w, 9) && isWhite(img, 0, h - 9, w, 9));
    assertTrue(isWhite(img, 0, 0, 9, h) && isWhite(img, w - 9, 0, 9, h));
    assertTrue(!isWhite(img, 0, 0, w, 11) && !isWhite(img, 0, h - 11, w, 11));
    assertTrue(!isWhite(img, 0, 0, 11, h) && !isWhite(img, w - 11, 0, 11, h));
  }

  @Test
  void tightBboxFollowsLaterChanges() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(WAVE);
    figure.setTightBbox(true);
    int before = figure.pixelHeight();
    ax.setXLabel("a label under the axis");
    assertTrue(figure.pixelHeight() > before, "the label makes the trimmed figure taller");
    int withLabel = figure.pixelHeight();
    ax.xyPlot().getRangeAxis().setLabel("a raw JFreeChart change"); // seen through the listener
    assertTrue(figure.pixelWidth() > 0 && figure.pixelHeight() == withLabel);
  }

  @Test
  void drawingTwiceGivesIdenticalBytes() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    ax.plot(WAVE).setLabel("wave");
    ax.legend("best");
    figure.setSuptitle("twice");
    byte[] first = png(figure);
    assertArrayEquals(first, png(figure));
    figure.setTightBbox(true);
    assertArrayEquals(png(figure), png(figure));
  }

  @Test
  void subplotsAreReturnedRowByRowAndPlacedOnAGrid() {
    Figure figure = new Figure();
    List<Axes> grid = figure.subplots(2, 2);
    assertEquals(4, grid.size());
    assertSame(grid.get(3), figure.gca());
    grid.get(0).bar(new double[] {0}, new double[] {1}).get(0).setFaceColor("r");
    grid.get(3).bar(new double[] {0}, new double[] {1}).get(0).setFaceColor("g");
    BufferedImage img = pixels(figure, "figure-subplots");
    // red in the top-left quarter only, green in the bottom-right quarter only
    assertTrue(count(img, 0, 0, 320, 240, 0xff0000) > 1000);
    assertEquals(0, count(img, 320, 0, 640, 480, 0xff0000));
    assertTrue(count(img, 320, 240, 640, 480, 0x008000) > 1000);
    assertEquals(0, count(img, 0, 0, 640, 240, 0x008000));
  }

  @Test
  void sizesDpiAndAspectAreRefusedUnlessFiniteAndAboveZero() {
    assertEquals("dpi must be > 0, was 0.0",
        assertThrows(IllegalArgumentException.class, () -> new Figure(1, 1, 0)).getMessage());
    assertEquals("widthInches must be > 0, was -1.0", assertThrows(IllegalArgumentException.class,
        () -> new Figure().setSizeInches(-1, 1)).getMessage());
    assertEquals("heightInches must be > 0, was Infinity",
        assertThrows(IllegalArgumentException.class,
            () -> new Figure().setSizeInches(1, Double.POSITIVE_INFINITY)).getMessage());
    assertEquals("aspect must be > 0, was NaN", assertThrows(IllegalArgumentException.class,
        () -> new Figure().addSubplot().setAspect(Double.NaN)).getMessage());
  }

  @Test
  void badSubplotArgumentsThrowNamingTheValue() {
    Figure figure = new Figure();
    assertEquals("index must be 1..4 for a 2x2 grid, was 5",
        assertThrows(IllegalArgumentException.class, () -> figure.addSubplot(2, 2, 5)).getMessage());
    assertEquals("rows must be >= 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> figure.subplots(0, 1)).getMessage());
    assertEquals("handles and labels must be as many, were 0 and 1",
        assertThrows(IllegalArgumentException.class,
            () -> figure.legend(List.of(), List.of("a"), "center")).getMessage());
  }

  @Test
  void figureLegendSitsInTheNamedCorner() {
    Figure figure = new Figure();
    Patch p = figure.addSubplot().bar(new double[] {0}, new double[] {1}).get(0);
    p.setFaceColor("r");
    figure.legend(List.of(p), List.of("red"), "upper right");
    BufferedImage img = pixels(figure, "figure-legend-upper-right");
    assertTrue(count(img, 540, 0, 640, 40, 0xff0000) > 20, "red key at the top right");
  }

  @Test
  void bestFigureLegendAvoidsTheData() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    Line line = ax.plot(new double[] {0, 10}, new double[] {0, 10}).setColor("r");
    // four rows reach into the axes, where the diagonal runs through the upper right
    figure.legend(List.of(line, line, line, line), List.of("a rising line", "b", "c", "d"), "best");
    BufferedImage img = pixels(figure, "figure-legend-best");
    assertTrue(count(img, 5, 5, 40, 30, 0xff0000) > 10, "red key in the figure's upper left");
  }

  @Test
  void aRawChartGivenToOfIsDrawnAsItIs() {
    Axes source = new Figure().addSubplot();
    source.bar(new double[] {0}, new double[] {1}).get(0).setFaceColor("r");
    XYPlot plot = source.xyPlot();
    Figure figure = Figure.of(new JFreeChart(null, null, plot, false));
    BufferedImage img = pixels(figure, "figure-of");
    assertEquals(640, img.getWidth());
    assertTrue(count(img, 0, 0, 640, 480, 0xff0000) > 10000, "the raw chart's red bar is drawn");
    assertNotEquals(0xff0000, rgb(img, 2, 2));
  }

  @Test
  void closedFigureRefusesUse() {
    Figure figure = new Figure();
    Axes ax = figure.addSubplot();
    figure.close();
    assertTrue(figure.isClosed());
    assertEquals("figure is closed",
        assertThrows(IllegalStateException.class, figure::addSubplot).getMessage());
    assertEquals("figure is closed", assertThrows(IllegalStateException.class,
        () -> ax.plot(new double[] {1})).getMessage());
    figure.close(); // idempotent
  }

  private static boolean isWhite(BufferedImage img, int x0, int y0, int w, int h) {
    return count(img, x0, y0, x0 + w, y0 + h, 0xffffff) == w * h;
  }
}
