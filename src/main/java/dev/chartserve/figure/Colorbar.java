package dev.chartserve.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.Objects;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import dev.chartserve.figure.internal.image.ColorbarLegend;
import dev.chartserve.figure.internal.image.ColorbarScale;

/**
 * Builds the colorbars of {@link Axes#colorbar(ImagePlot)} and {@link Axes#colorbar(ContourSet)}: a
 * JFreeChart {@link PaintScaleLegend} subtitle on the right of the axes' chart, so the chart makes
 * room for it beside the plot, its strip spanning the height of the plot's data area.
 *
 * <p>The tick labels take the font and colour of the plot's range axis, so the bar matches the axes.
 */
final class Colorbar {
  /** The strip's width in points (about matplotlib's for a 5-inch-high figure). */
  static final double STRIP_WIDTH = 14;

  private Colorbar() {
  }

  /** Adds a colorbar for {@code image} to {@code chart} and returns it. */
  static PaintScaleLegend colorbar(JFreeChart chart, ImagePlot image) {
    Objects.requireNonNull(image, "image");
    return colorbar(chart, image.cmap(), image.norm());
  }

  /** Adds a colorbar for {@code contours} to {@code chart} and returns it. */
  static PaintScaleLegend colorbar(JFreeChart chart, ContourSet contours) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(contours, "contours");
    if (!contours.isFilled()) {
      double[] levels = contours.levels();
      return add(chart, ColorbarScale.continuous(contours.cmap(),
          Normalize.of(levels[0], levels[levels.length - 1])), 256);
    }
    double[] levels = contours.levels();
    Color[] colors = new Color[levels.length - 1];
    for (int k = 0; k < colors.length; k++) {
      colors[k] = contours.color(k);
    }
    return add(chart, ColorbarScale.bands(levels, colors), 1024);
  }

  /** Adds a colorbar of {@code cmap} through {@code norm} to {@code chart} and returns it. */
  static PaintScaleLegend colorbar(JFreeChart chart, Colormap cmap, Normalize norm) {
    Objects.requireNonNull(chart, "chart");
    Objects.requireNonNull(cmap, "cmap");
    Objects.requireNonNull(norm, "norm");
    return add(chart, ColorbarScale.continuous(cmap, norm), Colormap.SIZE);
  }

  private static PaintScaleLegend add(JFreeChart chart, ColorbarScale scale, int subdivisions) {
    NumberAxis axis = new NumberAxis();
    double lo = scale.getLowerBound();
    double hi = scale.getUpperBound();
    axis.setRange(lo, hi > lo ? hi : lo + 1);
    axis.setTickMarkOutsideLength(3.5f);
    axis.setTickMarkInsideLength(0);
    axis.setTickMarkPaint(Color.BLACK);
    axis.setTickMarkStroke(new BasicStroke(0.8f));
    axis.setAxisLineVisible(false);
    axis.setTickLabelPaint(Color.BLACK);
    if (chart.getPlot() instanceof XYPlot plot && plot.getRangeAxis() != null) {
      ValueAxis like = plot.getRangeAxis();
      Font font = like.getTickLabelFont();
      Paint paint = like.getTickLabelPaint();
      axis.setTickLabelFont(font);
      axis.setTickLabelPaint(paint);
      axis.setNumberFormatOverride(like instanceof NumberAxis n ? n.getNumberFormatOverride() : null);
    }
    PaintScaleLegend legend = new ColorbarLegend(scale, axis, chart);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    legend.setAxisOffset(0);
    legend.setStripWidth(STRIP_WIDTH);
    legend.setStripOutlineVisible(true);
    legend.setStripOutlinePaint(Color.BLACK);
    legend.setStripOutlineStroke(new BasicStroke(0.8f));
    legend.setSubdivisionCount(subdivisions);
    legend.setBackgroundPaint(null);
    legend.setMargin(new RectangleInsets(0, 18, 0, 4));
    chart.addSubtitle(legend);
    return legend;
  }
}
