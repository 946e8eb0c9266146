package dev.chartserve.demo;

import java.awt.Font;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import jakarta.enterprise.context.ApplicationScoped;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The legacy pattern that needs {@code chartserve.mode=global-lock}: one chart and its dataset, made
 * once and kept in fields of an application-scoped producer, refilled for every request with that
 * request's data (here a slope taken from its {@code width}). Drawn one request at a time it is
 * correct; when two requests overlap, one refills the series while the other draws it, and the images
 * mix up or the drawing throws — the failure the seeds report from matplotlib apps that share a
 * figure between requests.
 *
 * <p>It exists to show, and to test, that ChartServe's concurrency harness catches such a chart, and
 * that global-lock mode (every chart request serialised through one fair lock) makes it correct
 * without changing its code. Do not write charts like this: make the chart and data in
 * {@link #draw} instead.
 */
@Chart("legacy-shared")
@ApplicationScoped
public class LegacySharedChart implements ChartProducer {
  private final XYSeries series = new XYSeries("shared", false, true);
  private final JFreeChart chart = new JFreeChart("Shared", new Font(Font.SANS_SERIF, Font.PLAIN, 12),
      new XYPlot(new XYSeriesCollection(series), new NumberAxis("x"), new NumberAxis("y"),
          new XYLineAndShapeRenderer(true, false)),
      false);

  @Override
  public void draw(Figure figure, ChartRequest request) {
    double slope = request.width().orElse(640) / 100.0;
    series.clear();
    for (int i = 0; i < 200; i++) {
      series.add(i, slope * i + 20 * Math.sin(i / 5.0));
    }
    figure.setChart(chart);
  }
}
