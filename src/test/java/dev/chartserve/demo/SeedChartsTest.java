package dev.chartserve.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

class SeedChartsTest {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private static byte[] render(ChartProducer producer, String name) throws Exception {
    try (Figure figure = new Figure()) {
      producer.draw(figure, new ChartRequest(name, ImageFormat.PNG));
      byte[] png = Renderer.render(figure, ImageFormat.PNG);
      Path dir = Path.of("target", "figure-api");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name + ".png"), png);
      return png;
    }
  }

  private static BufferedImage pixels(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xffffff;
  }

  @Test
  void seedHistIs640By480WithBin20RedAndTheOthersBlue() throws Exception {
    BufferedImage img = pixels(render(new SeedHist(), "seed-hist"));
    assertEquals(640, img.getWidth());
    assertEquals(480, img.getHeight());
    // matplotlib's axes box: x 80..576, y 57.6..427.2 px. 50 bins over the data + 5 % margins:
    // bin i's centre sits at 80 + 496 * (0.05 + (i + 0.5) / 50 / 1.1) * ... found by scanning a row.
    int baseRow = 420; // a few px above the axes bottom: every non-empty bar crosses it
    int red = 0;
    int blue = 0;
    int redMinX = Integer.MAX_VALUE;
    for (int x = 81; x < 576; x++) {
      int c = rgb(img, x, baseRow);
      if (c == 0xff0000) {
        red++;
        redMinX = Math.min(redMinX, x);
      } else if (c == 0x0000ff) {
        blue++;
      }
    }
    assertTrue(red >= 6 && red <= 10, "one bar's width of red, was " + red + " px");
    assertTrue(blue > 250, "blue bars, was " + blue + " px");
    // bin 20 of 50 over [min, max] with 5 % margins starts at 80 + 496 * (0.05 + 20 / 50 / 1.1) / ...
    double frac = (0.05 * 1 + 20.0 / 50) / 1.1;
    assertEquals(80 + 496 * frac, redMinX, 3, "bin 20 starts where the axis puts it");
    // the legend's red key in the lower left corner
    boolean keyRed = false;
    for (int y = 440; y < 475; y++) {
      for (int x = 5; x < 45; x++) {
        keyRed |= rgb(img, x, y) == 0xff0000;
      }
    }
    assertTrue(keyRed, "the figure legend's red key in the lower left");
  }

  @Test
  void seedLineIsTrimmedToItsContent() throws Exception {
    BufferedImage img = pixels(render(new SeedLine(), "seed-line"));
    // matplotlib trims the 1200 x 440 figure to 1047 x 468 (the title reaches above the figure)
    assertEquals(1047, img.getWidth(), 15);
    assertEquals(468, img.getHeight(), 10);
    // the padding is 0.1 in = 20 px of white on each side, and content comes right after it
    assertTrue(allWhite(img, 0, 0, img.getWidth(), 18), "top padding is white");
    assertTrue(!allWhite(img, 0, 0, img.getWidth(), 22), "content starts after the top padding");
    assertTrue(!allWhite(img, 0, 0, 22, img.getHeight()), "content starts after the left padding");
    assertTrue(!allWhite(img, img.getWidth() - 22, 0, 22, img.getHeight()), "right padding only");
    assertTrue(!allWhite(img, 0, img.getHeight() - 22, img.getWidth(), 22), "bottom padding only");
    // the line in C0 crosses the middle of the plot
    int c0 = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      int c = rgb(img, img.getWidth() / 2, y);
      int dr = (c >> 16) - 0x1f;
      int dg = ((c >> 8) & 0xff) - 0x77;
      int db = (c & 0xff) - 0xb4;
      if (dr * dr + dg * dg + db * db < 400) {
        c0++;
      }
    }
    assertTrue(c0 >= 3, "C0 line pixels in the middle column, was " + c0);
  }

  private static boolean allWhite(BufferedImage img, int x0, int y0, int w, int h) {
    for (int y = y0; y < y0 + h; y++) {
      for (int x = x0; x < x0 + w; x++) {
        if (rgb(img, x, y) != 0xffffff) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  void seedBarIs800By600WithC0Bars() throws Exception {
    BufferedImage img = pixels(render(new SeedBar(), "seed-bar"));
    assertEquals(800, img.getWidth());
    assertEquals(600, img.getHeight());
    // bar 11 (31, the tallest) near the right end of the axes, just above the x axis at y = 528
    int c0 = 0x1f77b4;
    int found = 0;
    for (int x = 100; x < 720; x++) {
      if (rgb(img, x, 520) == c0) {
        found++;
      }
    }
    assertTrue(found > 300, "12 bars of 0.8 / 12.6 of 620 px ~ 470 px of C0, was " + found);
  }

  @Test
  void concurrentDrawingsGiveTheSerialBytesAndLeaveJFreeChartsGlobalsAlone() throws Exception {
    Object theme = org.jfree.chart.ChartFactory.getChartTheme();
    Object barPainter = org.jfree.chart.renderer.category.BarRenderer.getDefaultBarPainter();
    Object xyBarPainter = org.jfree.chart.renderer.xy.XYBarRenderer.getDefaultBarPainter();
    ChartProducer[] producers = {new SeedHist(), new SeedLine(), new SeedBar()};
    byte[][] serial = new byte[producers.length][];
    for (int i = 0; i < producers.length; i++) {
      serial[i] = render(producers[i], "serial-" + i);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<byte[]>> futures = new java.util.ArrayList<>();
      for (int n = 0; n < 12; n++) {
        int i = n % producers.length;
        futures.add(pool.submit(() -> render(producers[i], "parallel-" + i)));
      }
      for (int n = 0; n < futures.size(); n++) {
        assertArrayEquals(serial[n % producers.length], futures.get(n).get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertSame(theme, org.jfree.chart.ChartFactory.getChartTheme());
    assertSame(barPainter, org.jfree.chart.renderer.category.BarRenderer.getDefaultBarPainter());
    assertSame(xyBarPainter, org.jfree.chart.renderer.xy.XYBarRenderer.getDefaultBarPainter());
  }

  @Test
  void drawingTwiceGivesTheSameBytes() throws Exception {
    try (Figure figure = new Figure()) {
      new SeedHist().draw(figure, new ChartRequest("seed-hist", ImageFormat.PNG));
      assertArrayEquals(Renderer.render(figure, ImageFormat.PNG), Renderer.render(figure, ImageFormat.PNG));
    }
  }
}
