package dev.chartserve.figure.internal.image;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * A {@link PaintScaleLegend} whose strip spans the height of the plot's data area, as matplotlib's
 * colorbar spans its axes, instead of the whole height beside the plot. JFreeChart draws titles
 * before the plot, with the area the plot will get; this legend takes off what the plot will take
 * off above and below its data area (insets, axis offset, the horizontal axis's space).
 */
public final class ColorbarLegend extends PaintScaleLegend {
  private static final long serialVersionUID = 1L;

  private final transient JFreeChart chart;

  public ColorbarLegend(PaintScale scale, ValueAxis axis, JFreeChart chart) {
    super(scale, axis);
    this.chart = chart;
  }

  @Override
  public Object draw(Graphics2D g2, Rectangle2D area, Object params) {
    Rectangle2D target = area;
    if (chart.getPlot() instanceof XYPlot plot && plot.getDomainAxis() != null) {
      double top = plot.getInsets().calculateTopInset(area.getHeight());
      double bottom = plot.getInsets().calculateBottomInset(area.getHeight());
      RectangleInsets offset = plot.getAxisOffset();
      top += offset.calculateTopInset(area.getHeight());
      bottom += offset.calculateBottomInset(area.getHeight());
      AxisSpace space = plot.getFixedDomainAxisSpace();
      if (space == null) {
        RectangleEdge edge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(),
            plot.getOrientation());
        space = plot.getDomainAxis().reserveSpace(g2, plot, area, edge, new AxisSpace());
      }
      top += space.getTop();
      bottom += space.getBottom();
      double height = area.getHeight() - top - bottom;
      if (height > 0) {
        target = new Rectangle2D.Double(area.getX(), area.getY() + top, area.getWidth(), height);
      }
    }
    return super.draw(g2, target, params);
  }

  /**
   * Identity, as {@link dev.chartserve.figure.internal.IdentityAnnotation}'s; written here because a
   * legend's superclass is JFreeChart's {@code PaintScaleLegend}.
   */
  @Override
  public boolean equals(Object o) {
    return o == this;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
