package dev.chartserve.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.chartserve.demo.SeedHeatmap;
import dev.chartserve.render.HeadlessAwt;

@ExtendWith(HeadlessAwt.class)
class ColorbarTest {
  /** The topmost row right of the plot (the right fifth) where {@code c} appears, or -1. */
  private static int topmostRow(BufferedImage img, Color c) {
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = img.getWidth() * 4 / 5; x < img.getWidth(); x++) {
        if ((img.getRGB(x, y) & 0xffffff) == (c.getRGB() & 0xffffff)) {
          return y;
        }
      }
    }
    return -1;
  }

  /** The colorbar that {@link Axes#colorbar} put on the chart of {@code ax}. */
  private static PaintScaleLegend colorbarOf(Axes ax) {
    return (PaintScaleLegend) ax.xyPlot().getChart().getSubtitles().stream()
        .filter(t -> t instanceof PaintScaleLegend).findFirst().orElseThrow();
  }

  @Test
  void imageColorbarRunsFromVminAtTheBottomToVmaxAtTheTop() {
    Figure figure = new Figure(8, 5, 100);
    Axes ax = figure.addSubplot();
    ImagePlot image = ax.imshow(SeedHeatmap.z(), ImageOptions.defaults()
        .withOrigin("lower").withInterpolation("bilinear"));
    PaintScaleLegend bar = colorbarOf(ax.colorbar(image));
    assertEquals(RectangleEdge.RIGHT, bar.getPosition());
    assertEquals(image.norm().vmin(), bar.getAxis().getLowerBound());
    assertEquals(image.norm().vmax(), bar.getAxis().getUpperBound());
    byte[] png = FigureImages.png(figure);
    TestCharts.save(png, "colorbar-image.png");
    BufferedImage img = TestCharts.pixels(png);
    Colormap viridis = Colormap.of("viridis");
    int top = topmostRow(img, viridis.at(1));
    int bottom = topmostRow(img, viridis.at(0.02)); // the very end is under the outline
    assertTrue(top >= 0 && bottom >= 0, "both ends shown: " + top + ", " + bottom);
    assertTrue(top < bottom - 200, "vmax above vmin: " + top + " vs " + bottom);
  }

  @Test
  void filledContourColorbarShowsOneBlockPerBand() {
    Figure figure = new Figure(8, 5, 100);
    Axes ax = figure.addSubplot();
    ContourSet cs = ax.contourf(SeedHeatmap.x(), SeedHeatmap.y(), SeedHeatmap.z(),
        ContourOptions.defaults().withLevels(10).withCmap("coolwarm"));
    ax.colorbar(cs);
    byte[] png = FigureImages.png(figure);
    TestCharts.save(png, "colorbar-contourf.png");
    BufferedImage img = TestCharts.pixels(png);
    int previous = Integer.MAX_VALUE;
    for (int k = 0; k < cs.levels().length - 1; k++) { // band k is drawn above band k - 1
      int row = topmostRow(img, cs.color(k));
      assertTrue(row >= 0, "band " + k + " shown");
      assertTrue(row < previous, "band " + k + " above band " + (k - 1));
      previous = row;
    }
    // the strip spans the data area (60 px from the top of the 500 px figure), as in matplotlib
    assertTrue(Math.abs(previous - 60) <= 2, "top band starts level with the axes: " + previous);
  }
}
