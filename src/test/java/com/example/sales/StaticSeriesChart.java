package com.example.sales;

import java.awt.Font;

import dev.chartserve.cdi.Chart;
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
 * The bug the HTTP harness must catch: one series in a static field, refilled for each request with
 * that request's data (a slope from its width) and drawn after the producer returns. Correct one
 * request at a time; mixed up when two overlap. Do not write charts like this.
 */
@Chart("static-series")
public class StaticSeriesChart implements ChartProducer {
  private static final XYSeries SERIES = new XYSeries("shared", false, true);

  @Override
  public void draw(Figure figure, ChartRequest request) {
    double slope = request.width().orElse(400) / 100.0;
    SERIES.clear();
    for (int i = 0; i < 200; i++) {
      SERIES.add(i, slope * i + 20 * Math.sin(i / 5.0));
    }
    XYPlot plot = new XYPlot(new XYSeriesCollection(SERIES), new NumberAxis("x"), new NumberAxis("y"),
        new XYLineAndShapeRenderer(true, false));
    figure.setChart(new JFreeChart("Shared", new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, false));
    figure.setSizeInches(3, 2);
  }
}
