package com.example.orders;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Orders per month of one region, as bars: {@code /charts/orders.png?region=south}. Everything it
 * draws is made here, for this request: the series, the renderer, the plot and the chart.
 */
@Chart("orders")
public class OrdersChart implements ChartProducer {
  /** The bars' colour. */
  public static final Color BARS = new Color(0x1f77b4);

  @Override
  public List<ChartParameter> parameters() {
    return List.of(ChartParameter.choice("region", "north", "north", "south", "east", "west"));
  }

  @Override
  public void draw(Figure figure, ChartRequest request) {
    String region = request.getString("region");
    XYSeries orders = new XYSeries(region);
    for (int month = 1; month <= 12; month++) {
      orders.add(month, Orders.of(region, month));
    }
    XYBarRenderer bars = new XYBarRenderer(0.2);
    bars.setBarPainter(new StandardXYBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, BARS);
    XYPlot plot = new XYPlot(new XYSeriesCollection(orders), new NumberAxis("month"), new NumberAxis("orders"), bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.getRangeAxis().setRange(0, 250); // one scale for every region, so the bars compare
    JFreeChart chart = new JFreeChart("Orders, " + region, new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    figure.setChart(chart);
  }
}
