package dev.chartserve.figure.internal.style;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/**
 * matplotlib's default style, applied explicitly to one plot at a time: nothing here reads or sets
 * JFreeChart's global defaults. Sizes are in points (figures draw in points).
 */
public final class Theme {
  /** Title font size, {@code axes.titlesize: large}. */
  public static final double TITLE_SIZE = 12;
  /** Axis label and tick label size, {@code font.size: 10}. */
  public static final double TEXT_SIZE = 10;
  /** {@code axes.titlepad}. */
  public static final double TITLE_PAD = 6;
  /** Spine and tick width, {@code axes.linewidth}. */
  public static final float SPINE_WIDTH = 0.8f;
  /** {@code xtick.major.size}. */
  public static final float TICK_LENGTH = 3.5f;
  /** {@code xtick.major.pad}. */
  public static final double TICK_PAD = 3.5;
  /** {@code axes.labelpad}. */
  public static final double LABEL_PAD = 4;
  /** {@code lines.linewidth}. */
  public static final float LINE_WIDTH = 1.5f;
  /** {@code lines.markersize}. */
  public static final double MARKER_SIZE = 6;
  /** {@code grid.color}. */
  public static final Color GRID = new Color(0xb0, 0xb0, 0xb0);

  private Theme() {
  }

  /** White data area, black frame on all four sides, no gridlines, axes touching the frame. */
  public static void style(XYPlot plot) {
    plot.setNotify(false);
    try {
      plot.setBackgroundPaint(Color.WHITE);
      plot.setOutlinePaint(Color.BLACK);
      plot.setOutlineStroke(new BasicStroke(SPINE_WIDTH, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
      plot.setOutlineVisible(true);
      plot.setDomainGridlinesVisible(false);
      plot.setRangeGridlinesVisible(false);
      plot.setDomainGridlinePaint(GRID);
      plot.setRangeGridlinePaint(GRID);
      BasicStroke grid = new BasicStroke(SPINE_WIDTH);
      plot.setDomainGridlineStroke(grid);
      plot.setRangeGridlineStroke(grid);
      plot.setDomainZeroBaselineVisible(false);
      plot.setRangeZeroBaselineVisible(false);
      plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
      plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
      plot.setDomainPannable(false);
      plot.setRangePannable(false);
      style(plot.getDomainAxis());
      style(plot.getRangeAxis());
    } finally {
      plot.setNotify(true);
    }
  }

  /** DejaVu Sans 10 pt labels, black outward ticks, no axis line (the plot's frame draws it). */
  public static void style(ValueAxis axis) {
    axis.setLabelFont(Fonts.regular(TEXT_SIZE));
    axis.setTickLabelFont(Fonts.regular(TEXT_SIZE));
    axis.setLabelPaint(Color.BLACK);
    axis.setTickLabelPaint(Color.BLACK);
    axis.setAxisLineVisible(false);
    axis.setTickMarksVisible(true);
    axis.setTickMarkInsideLength(0);
    axis.setTickMarkOutsideLength(TICK_LENGTH);
    axis.setTickMarkPaint(Color.BLACK);
    axis.setTickMarkStroke(new BasicStroke(SPINE_WIDTH));
    axis.setMinorTickMarksVisible(false);
    axis.setTickLabelInsets(new RectangleInsets(TICK_PAD, TICK_PAD, TICK_PAD, TICK_PAD));
    axis.setLabelInsets(new RectangleInsets(LABEL_PAD - TICK_PAD, LABEL_PAD, 0, LABEL_PAD));
  }

  /** A chart that is only its plot: no title, legend, border, padding or background. */
  public static JFreeChart bareChart(XYPlot plot) {
    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setNotify(false);
    chart.setBackgroundPaint(null);
    chart.setBorderVisible(false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    chart.setRenderingHints(hints());
    chart.setNotify(true);
    return chart;
  }

  /** The hints every figure draws with, so text and edges come out the same on every JVM. */
  public static RenderingHints hints() {
    RenderingHints h = new RenderingHints(RenderingHints.KEY_ANTIALIASING,
        RenderingHints.VALUE_ANTIALIAS_ON);
    h.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    h.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    h.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    h.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    return h;
  }
}
