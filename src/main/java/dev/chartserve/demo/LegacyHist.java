package dev.chartserve.demo;

import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Histogram;
import dev.chartserve.figure.Patch;
import dev.chartserve.pyplot.Pyplot;

/**
 * Seed 000 written the way the seeds' authors wrote it: in pyplot style, line for line the
 * matplotlib original ({@code hist_chart} in the seed charts) with {@code plt.} for {@code ax.}.
 * Draws the same bytes as {@link SeedHist}.
 *
 * <p>{@code Pyplot.figure(figure)} makes the figure the server gave this request current in the
 * request's pyplot scope; the server renders and closes it. Nothing here is shared between requests,
 * so it is safe in concurrent mode without a lock.
 */
@Chart("legacy-hist")
public class LegacyHist implements ChartProducer {
  @Override
  public void draw(Figure figure, ChartRequest request) {
    Pyplot.figure(figure); // plt.figure(fig)
    Histogram hist = Pyplot.hist(SeedData.scores(), 50);
    for (Patch p : hist.patches()) { // facecolor="blue", edgecolor="blue"
      p.setFaceColor("blue").setEdgeColor("blue");
    }
    Patch team = hist.patches().get(20);
    team.setFaceColor("red");
    team.setEdgeColor("red");
    Pyplot.title("Score distribution");
    Pyplot.xlabel("Score");
    Pyplot.ylabel("Frequency");
    Pyplot.figlegend(List.of(team), List.of("Team X (108)"), "lower left");
  }
}
