package dev.chartserve.testing;

import java.awt.Font;

import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The legacy pattern the seeds suffer from: one dataset kept in a field and refilled for each request,
 * with the request's own data (here: a slope taken from its width). Safe one at a time, broken when
 * requests overlap.
 */
final class SharedStateChart implements ChartProducer {
  private final XYSeries series = new XYSeries("shared", false, true);
  private final XYSeriesCollection dataset = new XYSeriesCollection(series);

  @Override
  public void draw(Figure figure, ChartRequest request) {
    double slope = request.width().orElse(100) / 100.0;
    series.clear();
    for (int i = 0; i < 200; i++) {
      series.add(i, slope * i + Math.sin(i / 5.0));
    }
    XYPlot plot = new XYPlot(dataset, new NumberAxis("x"), new NumberAxis("y"),
        new XYLineAndShapeRenderer(true, false));
    figure.setChart(new JFreeChart("shared", new Font(Font.SANS_SERIF, Font.PLAIN, 10), plot, false));
    figure.setSizeInches(2, 1.5);
  }
}
