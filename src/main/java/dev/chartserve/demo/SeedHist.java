package dev.chartserve.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;

import dev.chartserve.cdi.Chart;
import dev.chartserve.cdi.ChartProducer;
import dev.chartserve.cdi.ChartRequest;
import dev.chartserve.figure.Figure;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.statistics.HistogramDataset;

/**
 * Seed 000: a histogram of 10,000 scores in 50 bins, blue, with bin 20 in red and a legend for it in
 * the lower left. Drawn with JFreeChart directly; nothing global is read or set.
 */
@Chart("seed-hist")
public class SeedHist implements ChartProducer {
  static final int BINS = 50;
  static final int HIGHLIGHTED_BIN = 20;
  private static final Color BLUE = Color.BLUE;
  private static final Color RED = Color.RED;

  @Override
  public void draw(Figure figure, ChartRequest request) {
    Font font = new Font("DejaVu Sans", Font.PLAIN, 10);

    HistogramDataset dataset = new HistogramDataset();
    dataset.addSeries("scores", SeedData.scores(), BINS);

    XYBarRenderer bars = new XYBarRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Paint getItemPaint(int series, int item) {
        return item == HIGHLIGHTED_BIN ? RED : BLUE;
      }

      @Override
      public Paint getItemOutlinePaint(int series, int item) {
        return getItemPaint(series, item);
      }
    };
    bars.setBarPainter(new StandardXYBarPainter()); // not the static default
    bars.setShadowVisible(false);
    bars.setDrawBarOutline(true);
    bars.setDefaultOutlineStroke(new BasicStroke(0.5f));

    NumberAxis x = axis("Score", font);
    x.setAutoRangeIncludesZero(false);
    NumberAxis y = axis("Frequency", font);
    XYPlot plot = new XYPlot(dataset, x, y, bars);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.BLACK);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);

    JFreeChart chart = new JFreeChart("Score distribution", font.deriveFont(12f), plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.addLegend(legend(font));
    figure.setChart(chart);
  }

  private static NumberAxis axis(String label, Font font) {
    NumberAxis axis = new NumberAxis(label);
    axis.setLabelFont(font);
    axis.setTickLabelFont(font);
    axis.setLabelPaint(Color.BLACK);
    axis.setTickLabelPaint(Color.BLACK);
    return axis;
  }

  private static LegendTitle legend(Font font) {
    LegendItemCollection items = new LegendItemCollection();
    LegendItem item = new LegendItem("Team X (108)", null, null, null,
        new Rectangle2D.Double(-5, -3.5, 10, 7), RED);
    item.setLabelFont(font);
    items.add(item);
    LegendTitle legend = new LegendTitle(() -> items);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
    legend.setItemFont(font);
    legend.setFrame(new org.jfree.chart.block.BlockBorder(Color.LIGHT_GRAY));
    legend.setBackgroundPaint(Color.WHITE);
    return legend;
  }
}
