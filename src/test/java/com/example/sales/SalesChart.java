package com.example.sales;

import java.awt.Color;
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

/** Somebody else's application: one producer, nothing else of ChartServe's but the plugin jar. */
@Chart("sales")
public class SalesChart implements ChartProducer {
  @Override
  public void draw(Figure figure, ChartRequest request) {
    XYSeries sales = new XYSeries("sales");
    double[] months = {12, 15, 11, 18, 21, 19, 25, 24, 28, 30, 27, 33};
    for (int i = 0; i < months.length; i++) {
      sales.add(i + 1, months[i]);
    }
    XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, true);
    line.setSeriesPaint(0, new Color(0x1f77b4));
    XYPlot plot = new XYPlot(new XYSeriesCollection(sales), new NumberAxis("month"), new NumberAxis("k€"), line);
    figure.setChart(new JFreeChart("Sales", new Font(Font.SANS_SERIF, Font.BOLD, 12), plot, false));
    figure.setSizeInches(4, 3);
  }
}
