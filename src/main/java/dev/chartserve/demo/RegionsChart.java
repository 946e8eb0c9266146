package dev.chartserve.demo;

import java.util.Map;

import jakarta.inject.Inject;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;

/**
 * Sales per quarter of 2026, stacked by region, from the demo database, as the anchor's
 * {@code realcharts.py} draws them ({@code bar(quarters, h, bottom=bottom, label=region)}):
 * {@code /charts/regions.png}. Its data version is the sales table's, so a sale added on
 * {@code sales.jsp} gives a new ETag and a new picture.
 */
@Chart("regions")
public class RegionsChart implements ChartProducer {
  @Inject
  DemoDatabase database;

  @Override
  public String dataVersion(ChartRequest request) throws Exception {
    return "sales-" + database.version("sales");
  }

  @Override
  public void draw(Figure figure, ChartRequest request) throws Exception {
    Map<String, double[]> sales = database.sales(figure.deadline().remaining());
    Axes ax = figure.addSubplot();
    double[] bottom = new double[DemoDatabase.QUARTERS.size()];
    for (Map.Entry<String, double[]> region : sales.entrySet()) {
      double[] amounts = region.getValue();
      ax.bar(DemoDatabase.QUARTERS, amounts, bottom.clone()).setLabel(region.getKey());
      for (int q = 0; q < bottom.length; q++) {
        bottom[q] += amounts[q];
      }
    }
    ax.setTitle("Sales per quarter, 2026");
    ax.setYLabel("Sales");
    ax.legend();
  }
}
