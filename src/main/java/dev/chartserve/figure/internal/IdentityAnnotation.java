package dev.chartserve.figure.internal;

import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * An annotation equal only to itself, as every annotation the figure puts on a plot is (an artist,
 * an image, contours, a pie): two drawing equal-looking things are still different annotations, and
 * JFreeChart finds the one to remove by {@code equals}.
 */
public abstract class IdentityAnnotation extends AbstractXYAnnotation {
  private static final long serialVersionUID = 1L;

  protected IdentityAnnotation() {
  }

  /** The edge of {@code plot}'s x axis, for a plot with x across and y up, as Axes makes them. */
  protected static RectangleEdge xEdge(XYPlot plot) {
    return Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(), PlotOrientation.VERTICAL);
  }

  /** The edge of {@code plot}'s y axis, for a plot with x across and y up. */
  protected static RectangleEdge yEdge(XYPlot plot) {
    return Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(), PlotOrientation.VERTICAL);
  }

  @Override
  public final boolean equals(Object o) {
    return o == this;
  }

  @Override
  public final int hashCode() {
    return System.identityHashCode(this);
  }
}
