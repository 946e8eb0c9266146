package dev.chartserve.demo;

import java.awt.Font;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.AbstractXYDataset;

/**
 * A chart that would draw for minutes, served only when {@code chartserve.demo.faults=true}: a line
 * through 50 million points (computed on demand, so it costs no memory). Its figure's deadline
 * stops it mid-drawing at {@code chartserve.renderTimeout}; the client gets a 503 and the server
 * its thread and permit back.
 */
@Chart(value = "fault-slow", enabledBy = "chartserve.demo.faults")
public class FaultSlow implements ChartProducer {
  static final int POINTS = 50_000_000;

  @Override
  public void draw(Figure figure, ChartRequest request) {
    NumberAxis x = new NumberAxis("point");
    x.setRange(0, POINTS); // fixed ranges: no pass over the data to find them
    NumberAxis y = new NumberAxis("value");
    y.setRange(-1.1, 1.1);
    XYPlot plot = new XYPlot(new Endless(), x, y, new XYLineAndShapeRenderer(true, false));
    figure.setChart(new JFreeChart("Far too many points", new Font("DejaVu Sans", Font.PLAIN, 12), plot, false));
  }

  /** 50 million points of a sine, computed when asked for. */
  private static final class Endless extends AbstractXYDataset {
    private static final long serialVersionUID = 1L;

    @Override
    public int getSeriesCount() {
      return 1;
    }

    @Override
    public Comparable<String> getSeriesKey(int series) {
      return "sine";
    }

    @Override
    public int getItemCount(int series) {
      return POINTS;
    }

    @Override
    public Number getX(int series, int item) {
      return item;
    }

    @Override
    public Number getY(int series, int item) {
      return Math.sin(item / 5000.0);
    }
  }
}
