package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.render.HeadlessAwt;

/**
 * The {@code regions} chart of the shared real-application anchors, drawn as realcharts.py draws it
 * (bars over quarters stacked with {@code bottom}, one labelled call per region, a legend), and
 * compared with matplotlib's drawing structurally: where the bars and stack boundaries are, in
 * pixels, and the legend's order.
 */
@ExtendWith(HeadlessAwt.class)
class RegionsChartTest {
  private static final Path ANCHORS = Path.of("..", "shared", "anchors", "real-charts");
  private static final Path SALES = ANCHORS.resolve(Path.of("data", "sales.csv"));
  private static final Path REFERENCE = ANCHORS.resolve(Path.of("reference", "regions.png"));
  private static final List<String> QUARTERS = List.of("Q1", "Q2", "Q3", "Q4");
  private static final List<String> REGIONS = List.of("North", "South", "East", "West");
  private static final int[] CYCLE = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728};

  /** The amount of {@code region} in {@code quarter}, from sales.csv (quarter,region,amount). */
  private static double amount(List<String> rows, String quarter, String region) {
    for (String row : rows) {
      String[] f = row.split(",");
      if (f[0].equals(quarter) && f[1].equals(region)) {
        return Double.parseDouble(f[2]);
      }
    }
    throw new AssertionError("no " + quarter + "/" + region + " in " + SALES);
  }

  private static Figure regions(List<String> rows, List<BarContainer> calls) {
    Figure figure = new Figure();
    Axes ax = figure.subplots(1, 1).get(0);
    double[] bottom = new double[QUARTERS.size()];
    for (String region : REGIONS) {
      double[] h = new double[QUARTERS.size()];
      for (int i = 0; i < h.length; i++) {
        h[i] = amount(rows, QUARTERS.get(i), region);
      }
      calls.add(ax.bar(QUARTERS, h, bottom).setLabel(region));
      for (int i = 0; i < h.length; i++) {
        bottom[i] += h[i];
      }
    }
    ax.setTitle("Sales per quarter, 2026");
    ax.setYLabel("Sales");
    ax.legend();
    return figure;
  }

  @Test
  void regionsStacksEndAtEachQuartersTotalAndMatchMatplotlibsDrawing() throws IOException {
    assumeTrue(Files.exists(SALES) && Files.exists(REFERENCE), "no anchors at " + ANCHORS.toAbsolutePath());
    List<String> rows = Files.readAllLines(SALES).subList(1, 17);
    List<BarContainer> calls = new ArrayList<>();
    BufferedImage ours;
    try (Figure figure = regions(rows, calls)) {
      ours = FigureImages.pixels(figure, "regions");
    }
    for (int q = 0; q < QUARTERS.size(); q++) {
      double total = 0;
      for (String region : REGIONS) {
        total += amount(rows, QUARTERS.get(q), region);
      }
      Patch top = calls.get(REGIONS.size() - 1).get(q);
      assertEquals(total, top.y() + top.height(), 1e-9, "the top of " + QUARTERS.get(q));
    }
    BufferedImage theirs = ImageIO.read(REFERENCE.toFile());
    assertEquals(theirs.getWidth(), ours.getWidth());
    assertEquals(theirs.getHeight(), ours.getHeight());
    // the bars' left and right edges, along a row just above the axis
    assertEquals(runs(theirs, 420, CYCLE[0]).size(), 4);
    List<int[]> theirBars = runs(theirs, 420, CYCLE[0]);
    List<int[]> ourBars = runs(ours, 420, CYCLE[0]);
    assertEquals(4, ourBars.size(), "four bars");
    for (int q = 0; q < 4; q++) {
      assertEquals(theirBars.get(q)[0], ourBars.get(q)[0], 2, "left of " + QUARTERS.get(q));
      assertEquals(theirBars.get(q)[1], ourBars.get(q)[1], 2, "right of " + QUARTERS.get(q));
      // every stack boundary (each region's top) down the middle of the bar
      int x = (theirBars.get(q)[0] + theirBars.get(q)[1]) / 2;
      for (int r = 0; r < 4; r++) {
        int theirTop = topOf(theirs, x, CYCLE[r]);
        int ourTop = topOf(ours, x, CYCLE[r]);
        assertTrue(theirTop > 0, "matplotlib draws " + REGIONS.get(r) + " in " + QUARTERS.get(q));
        assertEquals(theirTop, ourTop, 2, "top of " + REGIONS.get(r) + " in " + QUARTERS.get(q));
      }
    }
    // the legend, upper left: North, South, East, West from the top, as matplotlib's
    assertEquals(legendOrder(theirs), legendOrder(ours));
    assertEquals(List.of(0, 1, 2, 3), legendOrder(ours));
  }

  /** [first, last] x of each run of pixels near {@code color} along row {@code y}. */
  private static List<int[]> runs(BufferedImage img, int y, int color) {
    List<int[]> runs = new ArrayList<>();
    int start = -1;
    for (int x = 0; x <= img.getWidth(); x++) {
      boolean in = x < img.getWidth() && near(img.getRGB(x, y), color);
      if (in && start < 0) {
        start = x;
      } else if (!in && start >= 0) {
        runs.add(new int[] {start, x - 1});
        start = -1;
      }
    }
    return runs;
  }

  /** The highest y in column {@code x} of a pixel near {@code color}, below the legend's rows. */
  private static int topOf(BufferedImage img, int x, int color) {
    for (int y = 58; y < 428; y++) {
      if (near(img.getRGB(x, y), color)) {
        return y;
      }
    }
    return -1;
  }

  /** The cycle colours of the legend's keys (the upper left, x 90..110), from the top. */
  private static List<Integer> legendOrder(BufferedImage img) {
    List<Integer> order = new ArrayList<>();
    for (int y = 60; y < 170; y++) {
      for (int c = 0; c < CYCLE.length; c++) {
        if (near(img.getRGB(100, y), CYCLE[c]) && (order.isEmpty() || order.get(order.size() - 1) != c)) {
          order.add(c);
        }
      }
    }
    return order;
  }

  private static boolean near(int argb, int color) {
    int c = argb & 0xffffff;
    int dr = (c >> 16) - (color >> 16);
    int dg = ((c >> 8) & 0xff) - ((color >> 8) & 0xff);
    int db = (c & 0xff) - (color & 0xff);
    return dr * dr + dg * dg + db * db < 300;
  }
}
