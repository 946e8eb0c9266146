package dev.chartserve.demo;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;

/**
 * A big series: a random walk of {@code points} points (1,000 to 10,000,000; a million by default),
 * the same walk for the same count, drawn as one line on the default figure (6.4 × 4.8 in at
 * 100 dpi) and titled "1,000,000 points": {@code /charts/big-walk.png?points=10000000}. What it
 * costs to draw grows with the pixels, not the points; {@code bench/big_walk.py} draws the same
 * chart with matplotlib.
 */
@Chart(value = "big-walk", cacheControl = "public, max-age=86400")
public class BigWalkChart implements ChartProducer {
  static final long SEED = 20261207L;

  @Override
  public List<ChartParameter> parameters() {
    return List.of(ChartParameter.integer("points", 1_000_000, 1_000, 10_000_000));
  }

  @Override
  public void draw(Figure figure, ChartRequest request) {
    int points = request.getInt("points");
    Axes ax = figure.addSubplot();
    ax.plot(walk(points));
    ax.setTitle(String.format(Locale.ROOT, "%,d points", points));
  }

  /** Steps from the standard normal distribution, summed; the same for the same count. */
  static double[] walk(int points) {
    SplittableRandom random = new SplittableRandom(SEED);
    double[] y = new double[points];
    double sum = 0;
    for (int i = 0; i < points; i++) {
      sum += random.nextGaussian();
      y[i] = sum;
    }
    return y;
  }
}
