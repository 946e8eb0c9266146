package dev.chartserve.demo;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;

/** Seed 004: twelve bars of sales at x = 0..11, 8 × 6 in at 100 dpi. */
@Chart("seed-bar")
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
    ax.bar(x, SALES.clone());
    ax.setTitle("Sales");
  }
}
