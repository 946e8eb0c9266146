package dev.chartserve.demo;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;

/** Seed 001: a 200-day walk, 6 × 2.2 in at 200 dpi, trimmed to a tight bounding box. */
@Chart(value = "seed-line", cacheControl = SeedData.FIXED_DATA)
public class SeedLine implements ChartProducer {
  private static final double[] WALK = SeedData.load("walk.csv");

  @Override
  public void draw(Figure figure, ChartRequest request) {
    figure.setSizeInches(6, 2.2).setDpi(200).setTightBbox(true);
    Axes ax = figure.addSubplot();
    double[] x = new double[WALK.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = i;
    }
    ax.plot(x, WALK.clone());
    ax.setTitle("Daily value");
  }
}
