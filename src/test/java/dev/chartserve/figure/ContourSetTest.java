package dev.chartserve.figure;

import static dev.chartserve.figure.TestCharts.rgb;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class ContourSetTest {
  private static double[] range(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = from + i * step;
    }
    return v;
  }

  @Test
  void seedFieldGivesMatplotlibsLevelsAndLines() {
    ContourSet cs = TestCharts.axes().contour(SeedHeatmap.x(), SeedHeatmap.y(), SeedHeatmap.z(),
        ContourOptions.defaults().withLevels(10).withColor(Color.BLACK));
    double[] expected = new double[12];
    for (int k = 0; k < 12; k++) {
      expected[k] = -1.8 + 0.3 * k;
    }
    assertArrayEquals(expected, cs.levels(), 1e-12);
    // matplotlib 3.6.3: len(cs.allsegs[k]) and the point count of each polyline
    int[][] points = {{}, {9}, {11}, {15}, {21}, {25}, {19, 16}, {25}, {17}, {13}, {11}, {}};
    List<List<double[]>> lines = cs.lines();
    for (int k = 0; k < points.length; k++) {
      List<Integer> counts = new ArrayList<>();
      for (double[] p : lines.get(k)) {
        counts.add(p.length / 2);
      }
      counts.sort(null);
      List<Integer> want = new ArrayList<>();
      for (int n : points[k]) {
        want.add(n);
      }
      want.sort(null);
      assertEquals(want, counts, "level " + cs.levels()[k]);
    }
  }

  @Test
  void coneGivesOneClosedLoopPerLevelAtTheRightRadius() {
    double[] x = range(-2, 2, 0.1);
    double[] y = range(-2, 2, 0.1);
    double[][] z = new double[y.length][x.length];
    for (int j = 0; j < y.length; j++) {
      for (int i = 0; i < x.length; i++) {
        z[j][i] = Math.hypot(x[i], y[j]);
      }
    }
    ContourSet cs = TestCharts.axes().contour(x, y, z,
        ContourOptions.defaults().withLevels(0.5, 1.0, 1.5, 1.95));
    for (int k = 0; k < 4; k++) {
      List<double[]> loops = cs.lines().get(k);
      assertEquals(1, loops.size(), "level " + cs.levels()[k]);
      double[] p = loops.get(0);
      int n = p.length;
      assertEquals(p[0], p[n - 2], "closed");
      assertEquals(p[1], p[n - 1], "closed");
      for (int i = 0; i < n; i += 2) {
        assertEquals(cs.levels()[k], Math.hypot(p[i], p[i + 1]), 0.01);
      }
    }
  }

  @Test
  void saddleFollowsTheMeanOfTheCorners() {
    double[] x = {0, 1};
    double[] y = {0, 1};
    double[][] z = {{1, 0}, {0, 1}}; // (0,0) and (1,1) high, mean 0.5
    // level 0.4: the mean is above, the high corners are joined: the low corners are cut off
    List<double[]> joined = TestCharts.axes().contour(x, y, z,
        ContourOptions.defaults().withLevels(0.4)).lines().get(0);
    assertEquals(2, joined.size());
    for (double[] seg : joined) {
      double midX = (seg[0] + seg[2]) / 2;
      double midY = (seg[1] + seg[3]) / 2;
      assertTrue(Math.abs(midX - midY) > 0.5, "segment cuts off (1,0) or (0,1): " + midX + "," + midY);
    }
    // level 0.6: the mean is below, the high corners are cut off
    List<double[]> cut = TestCharts.axes().contour(x, y, z,
        ContourOptions.defaults().withLevels(0.6)).lines().get(0);
    assertEquals(2, cut.size());
    for (double[] seg : cut) {
      double midX = (seg[0] + seg[2]) / 2;
      double midY = (seg[1] + seg[3]) / 2;
      assertEquals(midX, midY, 1e-12, "segment cuts off (0,0) or (1,1)");
    }
  }

  @Test
  void negativeLevelsAreDashedOnlyWithOneColour() {
    ContourSet black = TestCharts.axes().contour(SeedHeatmap.x(), SeedHeatmap.y(),
        SeedHeatmap.z(), ContourOptions.defaults().withLevels(10).withColor(Color.BLACK));
    double[] levels = black.levels();
    for (int k = 0; k < levels.length; k++) {
      assertEquals(levels[k] < 0, black.isDashed(k), "level " + levels[k]);
      assertEquals(Color.BLACK, black.color(k));
    }
    ContourSet mapped = TestCharts.axes().contour(SeedHeatmap.x(), SeedHeatmap.y(),
        SeedHeatmap.z(), ContourOptions.defaults().withLevels(10));
    assertFalse(mapped.isDashed(0));
    assertEquals(Colormap.of("viridis").at(0), mapped.color(0));
    assertEquals(Colormap.of("viridis").at(1), mapped.color(levels.length - 1));
  }

  @Test
  void contourfFillsEachBandWithItsColour() {
    double[] x = {0, 1, 2};
    double[] y = {0, 1};
    double[][] z = {{0, 1, 2}, {0, 1, 2}}; // z = x
    Axes ax = TestCharts.axes();
    ContourSet cs = ax.contourf(x, y, z,
        ContourOptions.defaults().withLevels(0, 1, 2).withCmap("gray"));
    assertTrue(cs.isFilled());
    BufferedImage img = TestCharts.pixels(TestCharts.png(TestCharts.bareChart(ax), 2, 1));
    assertEquals(0x000000, rgb(img, 50, 50), "band 0..1: gray(0)");
    assertEquals(0xffffff, rgb(img, 150, 50), "band 1..2: gray(1)");
  }

  @Test
  void aFlatFieldHasLevelsButNoLines() {
    double[][] z = {{5, 5}, {5, 5}};
    ContourSet cs = TestCharts.axes().contour(z, ContourOptions.defaults());
    assertTrue(cs.levels().length >= 1);
    for (List<double[]> level : cs.lines()) {
      assertTrue(level.isEmpty());
    }
  }

  @Test
  void colourMappedLinesTakeTheirLevelsColours() {
    Figure figure = new Figure(6, 4, 100);
    ContourSet cs = figure.addSubplot().contour(SeedHeatmap.x(), SeedHeatmap.y(), SeedHeatmap.z(),
        ContourOptions.defaults().withLevels(10).withLineWidth(3));
    byte[] png = FigureImages.png(figure);
    TestCharts.save(png, "contour-viridis.png");
    BufferedImage img = TestCharts.pixels(png);
    int found = 0;
    for (int k = 1; k < cs.levels().length - 1; k++) { // the levels inside the data have lines
      int want = cs.color(k).getRGB() & 0xffffff;
      search:
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          if (rgb(img, x, y) == want) {
            found++;
            break search;
          }
        }
      }
    }
    assertEquals(cs.levels().length - 2, found, "every drawn level shows in its own colour");
  }

  @Test
  void badShapesAreNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TestCharts.axes().contour(new double[] {0, 1, 2}, new double[] {0, 1},
            new double[][] {{1, 2}, {3, 4}}, ContourOptions.defaults()));
    assertEquals("z must have y.length rows of x.length values (2 x 3), was 2 x 2", e.getMessage());
    assertEquals("levels must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
        () -> ContourOptions.defaults().withLevels(0)).getMessage());
  }
}
