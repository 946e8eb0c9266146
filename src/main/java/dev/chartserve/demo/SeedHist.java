package dev.chartserve.demo;

import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Histogram;
import dev.chartserve.figure.Patch;

/**
 * Seed 000: a histogram of 10,000 scores in 50 bins, blue, with bin 20 in red and a figure legend
 * for it in the lower left. 640 × 480 px.
 */
@Chart(value = "seed-hist", cacheControl = SeedData.FIXED_DATA)
public class SeedHist implements ChartProducer {
  static final int BINS = 50;
  static final int HIGHLIGHTED_BIN = 20;

  @Override
  public void draw(Figure figure, ChartRequest request) {
    Axes ax = figure.addSubplot(1, 1, 1);
    ax.setTitle("Score distribution");
    ax.setXLabel("Score");
    ax.setYLabel("Frequency");
    Histogram hist = ax.hist(SeedData.scores(), BINS);
    for (Patch p : hist.patches()) {
      p.setFaceColor("blue").setEdgeColor("blue");
    }
    Patch team = hist.patches().get(HIGHLIGHTED_BIN);
    team.setFaceColor("red").setEdgeColor("red");
    figure.legend(List.of(team), List.of("Team X (108)"), "lower left");
  }
}
