package dev.chartserve.figure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

import dev.chartserve.render.ImageFormat;
import dev.chartserve.render.Renderer;

/** Axes to plot on, their plots drawn bare, and the pixels. */
final class TestCharts {
  private TestCharts() {
  }

  /** New axes filling the usual area of a new figure of the default size. */
  static Axes axes() {
    return new Figure().addSubplot();
  }

  /**
   * A chart of the plot of {@code ax} whose data area is the whole figure: no axes, insets, offset,
   * outline or gridlines, so that pixels stand for data coordinates (x from the left, y from the
   * bottom) whatever the figure's layout.
   */
  static JFreeChart bareChart(Axes ax) {
    XYPlot plot = ax.xyPlot();
    plot.getDomainAxis().setVisible(false);
    plot.getRangeAxis().setVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setBorderVisible(false);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    return chart;
  }

  /** PNG bytes of {@code chart} on a figure of the given inches at 100 dpi. */
  static byte[] png(JFreeChart chart, double widthInches, double heightInches) {
    return png(chart, widthInches, heightInches, 100);
  }

  /** PNG bytes of {@code chart} on a figure of the given inches at {@code dpi}. */
  static byte[] png(JFreeChart chart, double widthInches, double heightInches, double dpi) {
    try (Figure figure = new Figure(widthInches, heightInches, dpi)) {
      figure.setChart(chart);
      return Renderer.render(figure, ImageFormat.PNG);
    }
  }

  static BufferedImage pixels(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code png} to target/{@code name} for a person to look at. */
  static void save(byte[] png, String name) {
    try {
      Path dir = Path.of("target", "figure-images");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int rgb(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) & 0xffffff;
  }
}
