package dev.chartserve.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.XYAnnotationBoundsInfo;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;

import dev.chartserve.figure.internal.IdentityAnnotation;
import dev.chartserve.figure.internal.axis.StickyEdges;

/**
 * Hung on the plot of axes that have a {@link Axes#twinx() twin}: draws nothing, and reports the
 * twin's data in x (range and sticky edges), so the shared x axis autoscales to both axes' data, as
 * matplotlib's shared x does. Says nothing about y: each axes scales its own.
 */
final class TwinXBounds extends IdentityAnnotation implements XYAnnotationBoundsInfo, StickyEdges {
  private static final long serialVersionUID = 1L;
  private final transient XYPlot twin;

  TwinXBounds(XYPlot twin) {
    this.twin = twin;
  }

  @Override
  public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis,
      ValueAxis rangeAxis, int rendererIndex, PlotRenderingInfo info) {
    // nothing to draw: the twin draws its own artists
  }

  @Override
  public boolean getIncludeInDataBounds() {
    return true;
  }

  @Override
  public Range getXRange() {
    Range x = null;
    for (Object a : twin.getAnnotations()) {
      if (a instanceof XYAnnotationBoundsInfo b && b.getIncludeInDataBounds()) {
        x = Range.combine(x, b.getXRange());
      }
    }
    return x;
  }

  @Override
  public Range getYRange() {
    return null;
  }

  @Override
  public double[] stickyX() {
    List<Double> all = new ArrayList<>();
    for (Object a : twin.getAnnotations()) {
      if (a instanceof StickyEdges s) {
        for (double v : s.stickyX()) {
          all.add(v);
        }
      }
    }
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Override
  public double[] stickyY() {
    return new double[0];
  }
}
