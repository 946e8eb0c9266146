package dev.chartserve.figure;

import static dev.chartserve.figure.TestCharts.rgb;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.render.HeadlessAwt;
import dev.chartserve.render.ImageFormat;

/**
 * Seed 003 as the demo draws it through {@link Figure} and {@link Axes}: imshow (spline36, jet,
 * origin lower, aspect auto, extent = data range) with 10 black contour levels over it, on a
 * 10 x 5 in figure at 100 dpi, laid out as matplotlib's default subplot (data area from 12.5% to 90%
 * across, 11% to 88% up).
 */
@ExtendWith(HeadlessAwt.class)
class SeedHeatmapTest {
  static byte[] seedHeatmap() {
    try (Figure figure = new Figure()) {
      new SeedHeatmap().draw(figure, new ChartRequest("seed-heatmap", ImageFormat.PNG));
      return FigureImages.png(figure);
    }
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
