package dev.chartserve.web;

import java.util.List;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartParameter;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Axes;
import dev.chartserve.figure.Figure;
import dev.chartserve.figure.Patch;

/**
 * A chart whose title, tooltips and links come from the request's {@code tip} text, for the JSP tag
 * tests: 3 bars (a relative link, a {@code javascript:} link, an absolute link with quotes and
 * {@code &}), a line of 4 points and a text, each with a tooltip. 8 image-map areas in all.
 */
@Chart("tags-hostile")
public class HostileTagsChart implements ChartProducer {
  static final int AREAS = 8;

  @Override
  public List<ChartParameter> parameters() {
    return List.of(ChartParameter.text("tip", "plain", 80));
  }

  @Override
  public void draw(Figure figure, ChartRequest request) {
    String tip = request.getString("tip");
    Axes ax = figure.addSubplot();
    List<Patch> bars = ax.bar(new double[] {0, 1, 2}, new double[] {3, 5, 4});
    bars.get(0).setTooltip(tip + " #0").setUrl("page.jsp?x=" + tip);
    bars.get(1).setTooltip(tip + " #1").setUrl("javascript:alert('" + tip + "')");
    bars.get(2).setTooltip(tip + " #2").setUrl("https://example.com/?a=1&b=\"2\"");
    ax.plot(new double[] {0, 1, 2, 2.5}, new double[] {1, 2, 1.5, 2}).setTooltip(tip + " line");
    ax.text(0.2, 4.5, "note").setTooltip(tip + " text");
    ax.setTitle(tip);
  }
}
