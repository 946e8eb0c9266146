package dev.chartserve.demo;

import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Patch;

/**
 * Seed 004: twelve bars of sales at x = 0..11, 8 × 6 in at 100 dpi. Each bar declares a tooltip
 * ("Bar 3: 25 sales") and a link ({@code map.jsp?bar=3}) for the image map of {@code <cs:map>}; the
 * image is the same without them.
 */
@Chart(value = "seed-bar", cacheControl = SeedData.FIXED_DATA)
public class SeedBar implements ChartProducer {
  static final double[] SALES = {10, 20, 15, 25, 30, 12, 18, 22, 27, 14, 9, 31};

  @Override
  public void draw(Figure figure, ChartRequest request) {
    figure.setSizeInches(8, 6).setDpi(100);
    Axes ax = figure.addSubplot();
    double[] x = new double[SALES.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    List<Patch> bars = ax.bar(x, SALES.clone());
    for (int i = 0; i < bars.size(); i++) {
      String category = Integer.toString(i); // the bar's label on the x axis
      bars.get(i).setTooltip("Bar " + category + ": " + format(SALES[i]) + " sales")
          .setUrl("map.jsp?bar=" + category);
    }
    ax.setTitle("Sales");
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
