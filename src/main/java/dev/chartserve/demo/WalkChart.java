package dev.chartserve.demo;

import java.util.Arrays;
import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Line;

/**
 * Seed 001's random walk with parameters of its own, one of each kind:
 * {@code /charts/walk.png?days=120&color=C3&title=Last%20120%20days&markers=true&smooth=0.5}.
 */
@Chart(value = "walk", cacheControl = SeedData.FIXED_DATA)
public class WalkChart implements ChartProducer {
  private static final double[] WALK = SeedData.load("walk.csv");

  @Override
  public List<ChartParameter> parameters() {
    return List.of(
        ChartParameter.integer("days", WALK.length, 10, WALK.length),
        ChartParameter.choice("color", "C0", "C0", "C1", "C2", "C3", "C4", "black", "gray"),
        ChartParameter.text("title", "Daily value", 60),
        ChartParameter.flag("markers", false),
        ChartParameter.decimal("smooth", 0, 0, 0.95));
  }

  @Override
  public void draw(Figure figure, ChartRequest request) {
    int days = request.getInt("days");
    double[] y = Arrays.copyOfRange(WALK, WALK.length - days, WALK.length);
    double alpha = request.getDouble("smooth"); // exponential smoothing: 0 is none
    for (int i = 1; i < y.length; i++) {
      y[i] = alpha * y[i - 1] + (1 - alpha) * y[i];
    }
    double[] x = new double[days];
    for (int i = 0; i < days; i++) {
      x[i] = WALK.length - days + i;
    }
    figure.setSizeInches(6.4, 3.2);
    Axes ax = figure.addSubplot();
    Line line = ax.plot(x, y).setColor(request.getString("color"));
    if (request.getBoolean("markers")) {
      line.setMarker("o").setMarkerSize(3);
    }
    ax.setTitle(request.getString("title"));
    ax.setXLabel("day");
  }
}
