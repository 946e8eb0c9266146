package dev.chartserve.figure;

import static dev.chartserve.figure.TestCharts.rgb;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.figure.internal.image.PlotLayers;
import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class ImagePlotTest {
  private static final double[][] RAMP = {{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9, 10, 11}, {12, 13, 14, 15}};

  private static BufferedImage draw(double[][] z, ImageOptions options, double inches) {
    Axes ax = TestCharts.axes();
    ax.imshow(z, options);
    return TestCharts.pixels(TestCharts.png(TestCharts.bareChart(ax), inches, inches));
  }

  @Test
  void originUpperPutsRowZeroAtTheTopAndLowerAtTheBottom() {
    double[][] z = {{0}, {1}}; // row 0 black, row 1 white in gray
    ImageOptions gray = ImageOptions.defaults().withCmap("gray");
    BufferedImage upper = draw(z, gray, 1);
    assertEquals(0x000000, rgb(upper, 50, 10));
    assertEquals(0xffffff, rgb(upper, 50, 90));
    BufferedImage lower = draw(z, gray.withOrigin("lower"), 1);
    assertEquals(0xffffff, rgb(lower, 50, 10));
    assertEquals(0x000000, rgb(lower, 50, 90));
  }

  @Test
  void theValuesAreTheCallersNotACopy() {
    // Axes, "Many points": a 4,000 x 4,000 image costs no second 128 MB. What the caller's rows
    // hold when the figure is drawn is what is drawn; the outer array is the image's own.
    double[][] z = {{0}, {1}};
    Axes ax = TestCharts.axes();
    ax.imshow(z, ImageOptions.defaults().withCmap("gray").withNorm(Normalize.of(0, 1)));
    z[0][0] = 1;
    z[1] = new double[] {0};
    BufferedImage image = TestCharts.pixels(TestCharts.png(TestCharts.bareChart(ax), 1, 1));
    assertEquals(0xffffff, rgb(image, 50, 10), "row 0's value, changed in place");
    assertEquals(0xffffff, rgb(image, 50, 90), "row 1 as given: replacing the row changed nothing");
  }

  @Test
  void extentSetsTheAxesWithoutMargin() {
    Axes ax = TestCharts.axes();
    ax.imshow(RAMP, ImageOptions.defaults().withExtent(-3, 4, -4, 3));
    XYPlot plot = ax.xyPlot();
    assertEquals(-3, plot.getDomainAxis().getLowerBound());
    assertEquals(4, plot.getDomainAxis().getUpperBound());
    assertEquals(-4, plot.getRangeAxis().getLowerBound());
    assertEquals(3, plot.getRangeAxis().getUpperBound());
  }

  @Test
  void defaultExtentForOriginUpperTurnsTheYAxisDown() {
    Axes ax = TestCharts.axes();
    ax.imshow(RAMP, ImageOptions.defaults());
    XYPlot plot = ax.xyPlot();
    assertEquals(-0.5, plot.getRangeAxis().getLowerBound());
    assertEquals(3.5, plot.getRangeAxis().getUpperBound());
    assertTrue(plot.getRangeAxis().isInverted());
  }

  @Test
  void nearestIsBlockyAndSpline36IsSmooth() {
    // row 2 (8, 9, 10, 11) spans black to white; its centre is y = 250 of 400 px
    ImageOptions gray = ImageOptions.defaults().withCmap("gray").withNorm(Normalize.of(8, 11));
    BufferedImage nearest = draw(RAMP, gray, 4);
    BufferedImage spline = draw(RAMP, gray.withInterpolation("spline36"), 4);
    int[] nearestStats = rowStats(nearest, 250);
    int[] splineStats = rowStats(spline, 250);
    assertEquals(4, nearestStats[0], "nearest: one colour per column");
    assertEquals(85, nearestStats[1], "nearest: steps between columns, max was " + nearestStats[1]);
    assertTrue(splineStats[0] >= 150, "spline36: many shades, had " + splineStats[0]);
    assertTrue(splineStats[1] <= 4, "spline36: no steps, max jump was " + splineStats[1]);
  }

  /** Distinct grey levels along row y, and the largest jump between neighbours. */
  private static int[] rowStats(BufferedImage img, int y) {
    Set<Integer> levels = new HashSet<>();
    int maxJump = 0;
    for (int x = 0; x < img.getWidth(); x++) {
      int v = rgb(img, x, y) & 0xff;
      levels.add(v);
      if (x > 0) {
        maxJump = Math.max(maxJump, Math.abs(v - (rgb(img, x - 1, y) & 0xff)));
      }
    }
    return new int[] {levels.size(), maxJump};
  }

  @Test
  void imageIsResampledAtTheDeviceResolution() {
    // bilinear from black to white between the two pixel centres: 1/2 inch apart
    ImageOptions o = ImageOptions.defaults().withCmap("gray").withInterpolation("bilinear");
    Axes a = TestCharts.axes();
    a.imshow(new double[][] {{0, 1}}, o);
    BufferedImage at100 = TestCharts.pixels(TestCharts.png(TestCharts.bareChart(a), 1, 1, 100));
    Axes b = TestCharts.axes();
    b.imshow(new double[][] {{0, 1}}, o);
    BufferedImage at200 = TestCharts.pixels(TestCharts.png(TestCharts.bareChart(b), 1, 1, 200));
    int[] s100 = rowStats(at100, 50);
    int[] s200 = rowStats(at200, 100);
    assertTrue(s100[1] >= 5, "100 dpi: 50 px from black to white, jump " + s100[1]);
    assertTrue(s200[1] <= 3, "200 dpi: 100 px from black to white, jump " + s200[1]);
    assertTrue(s200[0] > 1.8 * s100[0], "twice the shades: " + s200[0] + " vs " + s100[0]);
  }

  @Test
  void spline36KeepsTheValuesAtPixelCentresAndNeverRingsPastTheData() {
    // one bright pixel in a dark field: the kernel's negative lobes would undershoot below 0
    double[][] z = new double[5][5];
    z[2][2] = 1;
    BufferedImage img = draw(z, ImageOptions.defaults().withCmap("gray")
        .withInterpolation("spline36"), 5); // 100 px per source pixel
    assertEquals(0xffffff, rgb(img, 250, 250));
    assertEquals(0x000000, rgb(img, 50, 50));
  }

  @Test
  void missingValuesAreTransparentWithoutSpreading() {
    double[][] z = {{0, 0, 0}, {0, Double.NaN, 0}, {0, 0, 0}};
    BufferedImage img = draw(z, ImageOptions.defaults().withCmap("gray")
        .withNorm(Normalize.of(0, 1)).withInterpolation("spline36"), 3); // 100 px per cell
    assertEquals(0xffffff, rgb(img, 150, 150), "the missing cell shows the white background");
    assertEquals(0x000000, rgb(img, 150, 60), "its neighbours keep their colour");
    assertEquals(0x000000, rgb(img, 60, 150));
  }

  @Test
  void aSingleValueFillsTheExtent() {
    BufferedImage img = draw(new double[][] {{3}}, ImageOptions.defaults().withCmap("gray")
        .withInterpolation("spline36"), 1);
    assertEquals(0x000000, rgb(img, 0, 0)); // vmin == vmax maps to 0
    assertEquals(0x000000, rgb(img, 99, 99));
  }

  @Test
  void onlyMissingValuesDrawNothingWhenANormIsGiven() {
    BufferedImage img = draw(new double[][] {{Double.NaN, Double.NaN}},
        ImageOptions.defaults().withNorm(Normalize.of(0, 1)), 1);
    assertEquals(0xffffff, rgb(img, 50, 50));
    assertEquals("z must hold at least one finite value, had none",
        assertThrows(IllegalArgumentException.class, () -> TestCharts.axes().imshow(
            new double[][] {{Double.NaN}}, ImageOptions.defaults())).getMessage());
  }

  @Test
  void drawingTwiceGivesTheSameBytes() {
    ImageOptions o = ImageOptions.defaults().withInterpolation("bicubic").withCmap("jet");
    Figure a = new Figure(3, 2, 100);
    a.addSubplot().imshow(RAMP, o);
    Figure b = new Figure(3, 2, 100);
    b.addSubplot().imshow(RAMP, o);
    assertArrayEquals(FigureImages.png(a), FigureImages.png(b));
  }

  @Test
  void equalAspectMakesUnitsSquare() {
    Figure figure = new Figure(4, 4, 100);
    figure.addSubplot().imshow(new double[][] {{0, 1}}, ImageOptions.defaults().withCmap("gray")
        .withAspect("equal"));
    // 2 wide, 1 tall, in the axes' 310 x 308 px cell (50..360 x 48..356): 310 x 155 px, centred,
    // y 124.5..279.5
    BufferedImage img = FigureImages.pixels(figure, "imshow-equal-aspect");
    assertEquals(0xffffff, rgb(img, 100, 110), "above the image: background");
    assertEquals(0x000000, rgb(img, 100, 130));
    assertEquals(0xffffff, rgb(img, 300, 270));
    assertEquals(0xffffff, rgb(img, 100, 300), "below the image: background");
  }

  @Test
  void imagesAndContoursHangOnRendererIndex9999AsTheJavadocSays() {
    assertEquals(9999, PlotLayers.INDEX);
    Axes ax = TestCharts.axes();
    ax.imshow(RAMP);
    ax.contour(RAMP, ContourOptions.defaults());
    XYPlot plot = ax.xyPlot();
    assertEquals(2, ((AbstractXYItemRenderer) plot.getRenderer(9999)).getAnnotations().size());
  }

  @Test
  void badArgumentsAreNamed() {
    assertEquals("z must be rectangular: row 1 has 1 values, row 0 has 2",
        assertThrows(IllegalArgumentException.class,
            () -> TestCharts.axes().imshow(new double[][] {{1, 2}, {3}},
                ImageOptions.defaults())).getMessage());
    assertEquals("origin must be \"upper\" or \"lower\", was \"left\"",
        assertThrows(IllegalArgumentException.class,
            () -> ImageOptions.defaults().withOrigin("left")).getMessage());
    assertEquals("interpolation must be one of [nearest, none, bilinear, bicubic, spline36], "
        + "was \"lanczos\"", assertThrows(IllegalArgumentException.class,
            () -> ImageOptions.defaults().withInterpolation("lanczos")).getMessage());
    assertFalse(ImageOptions.defaults().extent().isPresent());
  }
}
