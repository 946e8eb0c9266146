package dev.chartserve.figure.internal.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Keeps one data unit as long in x as in y on an {@link XYPlot}, as matplotlib's
 * {@code set_aspect("equal", adjustable="box")}: the plot's data area is shrunk along one side and
 * centred in the space it would have had.
 *
 * <p>XYPlot offers no layout hook, but it trims its drawing area by its insets first thing in
 * {@code draw}; this class stands in for the plot's insets, trims as they would, then shrinks the
 * area by the excess of the data area it foresees (axis space measured as XYPlot measures it).
 */
public final class EqualAspect extends RectangleInsets {
  private static final long serialVersionUID = 1L;

  private final transient XYPlot plot;

  private EqualAspect(XYPlot plot, RectangleInsets base) {
    super(base.getUnitType(), base.getTop(), base.getLeft(), base.getBottom(), base.getRight());
    this.plot = plot;
  }

  /** Makes {@code plot} keep an equal aspect from its next draw on; idempotent. */
  public static void install(XYPlot plot) {
    RectangleInsets base = plot.getInsets();
    if (!(base instanceof EqualAspect)) {
      // Plot.setInsets ignores insets equal in value to the current ones, which ours are: step
      // through different ones first.
      plot.setInsets(new RectangleInsets(base.getUnitType(), base.getTop() + 1, base.getLeft(),
          base.getBottom(), base.getRight()), false);
      plot.setInsets(new EqualAspect(plot, base), false);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o == this; // tied to its plot; never equal to plain insets of the same size
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  @Override
  public void trim(Rectangle2D area) {
    super.trim(area);
    ValueAxis x = plot.getDomainAxis();
    ValueAxis y = plot.getRangeAxis();
    if (x == null || y == null || x.getRange().getLength() <= 0 || y.getRange().getLength() <= 0) {
      return;
    }
    Rectangle2D data = foreseeDataArea(area);
    if (data.getWidth() <= 0 || data.getHeight() <= 0) {
      return;
    }
    double unitsPerWidth = x.getRange().getLength() / data.getWidth();
    double unitsPerHeight = y.getRange().getLength() / data.getHeight();
    if (unitsPerWidth < unitsPerHeight) { // too wide: narrow it
      double excess = data.getWidth() - x.getRange().getLength() / unitsPerHeight;
      area.setRect(area.getX() + excess / 2, area.getY(), area.getWidth() - excess,
          area.getHeight());
    } else if (unitsPerHeight < unitsPerWidth) { // too tall: flatten it
      double excess = data.getHeight() - y.getRange().getLength() / unitsPerWidth;
      area.setRect(area.getX(), area.getY() + excess / 2, area.getWidth(),
          area.getHeight() - excess);
    }
  }

  /** The data area XYPlot will derive from {@code area}, for its primary axes. */
  private Rectangle2D foreseeDataArea(Rectangle2D area) {
    BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = scratch.createGraphics();
    try {
      // the hints the renderer draws with, so text measures the same
      g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
          RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS,
          RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      RectangleEdge yEdge = Plot.resolveRangeAxisLocation(plot.getRangeAxisLocation(),
          plot.getOrientation());
      RectangleEdge xEdge = Plot.resolveDomainAxisLocation(plot.getDomainAxisLocation(),
          plot.getOrientation());
      AxisSpace space = new AxisSpace();
      space = plot.getRangeAxis().reserveSpace(g2, plot, area, yEdge, space);
      Rectangle2D rest = space.shrink(area, null);
      space = plot.getDomainAxis().reserveSpace(g2, plot, rest, xEdge, space);
      Rectangle2D data = space.shrink(area, null);
      plot.getAxisOffset().trim(data);
      return data;
    } finally {
      g2.dispose();
    }
  }
}
