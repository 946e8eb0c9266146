package dev.chartserve.figure.internal.image;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.AbstractXYItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * Puts annotations (images, contours) on an {@link XYPlot} in data coordinates, under or over the
 * plot's series. They hang on a renderer with no dataset at a reserved index, {@link #INDEX}:
 * XYPlot draws every renderer's background annotations before any series and the foreground ones
 * after all series, whatever renderers the plot has.
 */
public final class PlotLayers {
  /** The renderer index reserved for these layers; series renderers must use other indices. */
  public static final int INDEX = 9999;

  private PlotLayers() {
  }

  /** Adds {@code a} under the series (images, filled contours), after earlier background layers. */
  public static void addBackground(XYPlot plot, XYAnnotation a) {
    holder(plot).addAnnotation(a, Layer.BACKGROUND);
  }

  /** Adds {@code a} over the series (contour lines). */
  public static void addForeground(XYPlot plot, XYAnnotation a) {
    holder(plot).addAnnotation(a, Layer.FOREGROUND);
  }

  private static AbstractXYItemRenderer holder(XYPlot plot) {
    if (plot.getRenderer(INDEX) instanceof Holder h) {
      return h;
    }
    Holder h = new Holder();
    plot.setRenderer(INDEX, h, false);
    return h;
  }

  /** A renderer that draws no items: it only carries the annotations. */
  private static final class Holder extends AbstractXYItemRenderer {
    private static final long serialVersionUID = 1L;

    Holder() {
      setDefaultCreateEntities(false, false);
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea,
        PlotRenderingInfo info, XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis,
        XYDataset dataset, int series, int item, CrosshairState crosshairState, int pass) {
      // no dataset, nothing to draw
    }
  }

  /**
   * Makes {@code axis} show {@code from..to} with no margin, as matplotlib sets the limits to an
   * image's extent. A range set earlier by hand is widened to include it; an automatic one replaced.
   * {@code from > to} turns the axis around (as an extent with top below bottom does in matplotlib).
   */
  public static void fit(ValueAxis axis, double from, double to) {
    double lo = Math.min(from, to);
    double hi = Math.max(from, to);
    if (!axis.isAutoRange()) {
      lo = Math.min(lo, axis.getLowerBound());
      hi = Math.max(hi, axis.getUpperBound());
    }
    if (lo == hi) {
      lo -= 0.5;
      hi += 0.5;
    }
    axis.setRange(lo, hi); // also turns auto-range off, so no margin is added later
    if (from > to) {
      axis.setInverted(true);
    }
  }
}
