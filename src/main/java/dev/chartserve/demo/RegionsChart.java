package dev.chartserve.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Artist;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Patch;

/**
 * Sales per quarter of 2026, stacked by region, from the demo database: {@code /charts/regions.png}.
 * Its data version is the sales table's, so a sale added on {@code sales.jsp} gives a new ETag and a
 * new picture.
 */
@Chart("regions")
public class RegionsChart implements ChartProducer {
  private static final double[] X = {0, 1, 2, 3};

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
    // each region's bars stand on the regions before it: drawn as the running totals, last on top
    List<double[]> tops = new ArrayList<>();
    double[] total = new double[X.length];
    for (double[] amounts : sales.values()) {
      for (int q = 0; q < total.length; q++) {
        total[q] += amounts[q];
      }
      tops.add(total.clone());
    }
    List<String> regions = new ArrayList<>(sales.keySet());
    List<Artist> handles = new ArrayList<>();
    for (int r = regions.size() - 1; r >= 0; r--) {
      List<Patch> bars = ax.bar(X, tops.get(r));
      handles.add(0, bars.get(0));
    }
    ax.setXTicks(X, DemoDatabase.QUARTERS);
    ax.setTitle("Sales per quarter, 2026");
    ax.setYLabel("Sales");
    ax.legend(handles, regions, "best");
  }
}
