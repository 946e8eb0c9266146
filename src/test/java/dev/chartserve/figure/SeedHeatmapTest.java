package dev.chartserve.figure;

import static dev.chartserve.figure.TestCharts.rgb;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 built by hand as the Axes will build it: imshow (spline36, jet, origin lower, aspect
 * auto, extent = data range) with 10 black contour levels over it, on a 10 x 5 in figure at 100 dpi,
 * laid out like matplotlib's default subplot (data area from 12.5% to 90% across, 11% to 88% up).
 */
class SeedHeatmapTest {
  static {
    TestCharts.headless();
  }

  static Font dejaVu(float size) {
    try (InputStream in = Figure.class.getResourceAsStream("fonts/DejaVuSans.ttf")) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (FontFormatException e) {
      throw new IllegalStateException(e);
    }
  }

  static NumberAxis axis() {
    NumberAxis axis = new NumberAxis();
    axis.setTickLabelFont(dejaVu(10));
    axis.setTickLabelPaint(Color.BLACK);
    axis.setAxisLinePaint(Color.BLACK);
    axis.setAxisLineStroke(new BasicStroke(0.8f));
    axis.setTickMarkPaint(Color.BLACK);
    axis.setTickMarkStroke(new BasicStroke(0.8f));
    axis.setTickMarkOutsideLength(3.5f);
    axis.setTickMarkInsideLength(0);
    axis.setTickLabelInsets(new RectangleInsets(3.5, 3.5, 3.5, 3.5));
    // whole-number ticks with a real minus sign, as matplotlib labels this chart
    axis.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0;\u22120")));
    return axis;
  }

  /** An XYPlot laid out like matplotlib's add_subplot(111) on a figure of the given inches. */
  static JFreeChart chart(XYPlot plot, double widthInches, double heightInches) {
    double w = widthInches * 72;
    double h = heightInches * 72;
    AxisSpace left = new AxisSpace();
    left.setLeft(30);
    AxisSpace bottom = new AxisSpace();
    bottom.setBottom(20);
    plot.setFixedRangeAxisSpace(left);
    plot.setFixedDomainAxisSpace(bottom);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.BLACK);
    plot.setOutlineStroke(new BasicStroke(0.8f));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(new RectangleInsets(0.12 * h, 0.125 * w - 30, 0.11 * h - 20, 0.1 * w));
    return chart;
  }

  static XYPlot plotWithAxes() {
    return new XYPlot(null, axis(), axis(), null);
  }

  static byte[] seedHeatmap() {
    XYPlot plot = plotWithAxes();
    double[][] z = SeedHeatmap.z();
    double[] x = SeedHeatmap.X;
    double[] y = SeedHeatmap.Y;
    ImagePlot.imshow(plot, z, ImageOptions.defaults().withInterpolation("spline36")
        .withExtent(x[0], x[x.length - 1], y[0], y[y.length - 1]).withOrigin("lower")
        .withAspect("auto").withCmap("jet"));
    ContourSet.contour(plot, x, y, z, ContourOptions.defaults().withLevels(10)
        .withColor(Color.BLACK));
    return TestCharts.png(chart(plot, 10, 5), 10, 5);
  }

  @Test
  void seedHeatmapShowsWhatMatplotlibShows() {
    byte[] png = seedHeatmap();
    TestCharts.save(png, "seed-heatmap.png");
    BufferedImage img = TestCharts.pixels(png);
    assertEquals(1000, img.getWidth());
    assertEquals(500, img.getHeight());
    // data area 125..900 x 60..445 px; x: -3..4 (110.7 px per unit), y: 3..-4 (55 px per unit)
    int hotX = (int) Math.round(125 + 3.0 * 775 / 7); // x = 0, the positive peak
    int hotY = (int) Math.round(60 + 3.25 * 385 / 7); // y = -0.25
    Color hot = new Color(rgb(img, hotX, hotY));
    assertTrue(hot.getRed() > 100 && hot.getGreen() < 40 && hot.getBlue() < 40, "dark red: " + hot);
    int coldX = (int) Math.round(125 + 4.25 * 775 / 7); // x = 1.25, the negative peak
    int coldY = (int) Math.round(60 + 2.0 * 385 / 7);   // y = 1
    Color cold = new Color(rgb(img, coldX, coldY));
    assertTrue(cold.getBlue() > 100 && cold.getRed() < 40, "dark blue: " + cold);
    Color far = new Color(rgb(img, 140, 430)); // lower left: z near 0, jet's yellow-green
    assertTrue(far.getGreen() > 200 && far.getBlue() < 120, "yellow-green: " + far);
    assertArrayEquals(png, seedHeatmap(), "the same chart gives the same bytes");
  }

  /** matplotlib 3.6's drawing, in the shared anchors beside the repository (skipped if absent). */
  private static final Path REFERENCE =
      Path.of("..", "shared", "anchors", "seed-charts", "reference", "seed-heatmap.png");

  @Test
  void seedHeatmapIsCloseToMatplotlibsPixelForPixel() throws IOException {
    assumeTrue(Files.exists(REFERENCE), "no reference at " + REFERENCE.toAbsolutePath());
    BufferedImage ours = TestCharts.pixels(seedHeatmap());
    BufferedImage theirs = ImageIO.read(REFERENCE.toFile());
    // inside the data area, lines and all: within a few levels on average
    assertTrue(meanDifference(ours, theirs, 135, 70, 890, 435) < 6);
    // the image alone (lower left, no lines): the same colours
    assertTrue(meanDifference(ours, theirs, 140, 330, 300, 430) < 1.5);
  }

  /** Mean absolute difference per channel (0..255) over the rectangle [x0, x1) x [y0, y1). */
  private static double meanDifference(BufferedImage a, BufferedImage b, int x0, int y0, int x1,
      int y1) {
    long sum = 0;
    for (int y = y0; y < y1; y++) {
      for (int x = x0; x < x1; x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        for (int shift = 0; shift < 24; shift += 8) {
          sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
        }
      }
    }
    return sum / (3.0 * (x1 - x0) * (y1 - y0));
  }

  @Test
  void drawingOnSeveralThreadsAtOnceGivesTheSameBytes() throws Exception {
    byte[] serial = seedHeatmap();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<byte[]>> runs = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        runs.add(pool.submit(SeedHeatmapTest::seedHeatmap));
      }
      for (Future<byte[]> run : runs) {
        assertArrayEquals(serial, run.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
