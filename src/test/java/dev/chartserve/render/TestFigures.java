package dev.chartserve.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.GradientBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import dev.chartserve.figure.Figure;

/** Figures holding charts built by hand (no ChartFactory, no JFreeChart static setters). */
final class TestFigures {
  static final String LINE_TITLE = "Walk of the drunkard";
  static final String BAR_TITLE = "Température moyenne (°C)";

  private TestFigures() {
  }

  /** A line chart of {@value #LINE_TITLE} on a figure of the given size. */
  static Figure line(double widthInches, double heightInches, double dpi) {
    return new Figure(widthInches, heightInches, dpi).setChart(lineChart());
  }

  /** Gives {@code figure} a fresh line chart titled {@code title}. */
  static void setTitle(Figure figure, String title) {
    JFreeChart chart = lineChart();
    chart.setTitle(title);
    figure.setChart(chart);
  }

  /** The line chart with its title in {@code titleFont}. */
  static Figure line(Font titleFont) {
    JFreeChart chart = lineChart();
    chart.getTitle().setFont(titleFont);
    return new Figure(6.4, 4.8, 100).setChart(chart);
  }

  /** The bundled DejaVu Sans at {@code size} points, as the figure package loads it. */
  static Font dejaVuSans(float size) {
    try (java.io.InputStream in = TestFigures.class.getResourceAsStream(
        "/dev/chartserve/figure/fonts/DejaVuSans.ttf")) {
      return Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(size);
    } catch (java.awt.FontFormatException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JFreeChart lineChart() {
    XYSeries walk = new XYSeries("walk");
    double y = 0;
    for (int i = 0; i < 200; i++) {
      y += Math.sin(i * 0.37) + Math.cos(i * 0.11) * 0.5;
      walk.add(i, y);
    }
    XYSeries trend = new XYSeries("trend");
    for (int i = 0; i < 200; i += 20) {
      trend.add(i, i * 0.05);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(walk);
    data.addSeries(trend);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, new Color(0x1f77b4));
    renderer.setSeriesPaint(1, new Color(0xff7f0e));
    XYPlot plot = new XYPlot(data, new NumberAxis("step"), new NumberAxis("position"), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    JFreeChart chart = new JFreeChart(LINE_TITLE, new Font("SansSerif", Font.BOLD, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return chart;
  }

  /** matplotlib's default figure: 6.4 × 4.8 inches at 100 dpi. */
  static Figure line() {
    return line(6.4, 4.8, 100);
  }

  /** A bar chart with one gradient per bar and a non-ASCII title, {@value #BAR_TITLE}. */
  static Figure bars() {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String[] months = {"janv.", "févr.", "mars", "avr.", "mai", "juin"};
    for (int i = 0; i < months.length; i++) {
      data.addValue(3 + 4 * Math.sin(i), "Lyon", months[i]);
      data.addValue(5 + 3 * Math.cos(i), "Brest", months[i]);
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new GradientBarPainter());
    renderer.setSeriesPaint(0, new GradientPaint(0, 0, Color.RED, 0, 100, Color.YELLOW));
    renderer.setSeriesPaint(1, new Color(0x2ca02c));
    CategoryPlot plot = new CategoryPlot(data, new CategoryAxis("mois"), new NumberAxis("°C"), renderer);
    JFreeChart chart = new JFreeChart(BAR_TITLE, new Font("SansSerif", Font.PLAIN, 14), plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    return new Figure(6.4, 4.8, 100).setChart(chart);
  }

  /** The line chart over a small background image (as imshow-like content would draw). */
  static Figure withImage() {
    BufferedImage image = new BufferedImage(8, 6, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 6; y++) {
      for (int x = 0; x < 8; x++) {
        image.setRGB(x, y, 0x80000000 | (x * 32) << 16 | (y * 40) << 8 | 0x60);
      }
    }
    JFreeChart chart = lineChart();
    chart.getPlot().setBackgroundImage(image);
    chart.getPlot().setBackgroundImageAlpha(1f);
    return new Figure(6.4, 4.8, 100).setChart(chart);
  }
}
