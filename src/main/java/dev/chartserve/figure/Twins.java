package dev.chartserve.figure;

import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;

import dev.chartserve.figure.internal.axis.Scales;

/**
 * How the plot of a {@link Axes#twinx() twin} differs from its host's: see-through, no frame of its
 * own, its x axis hidden and following the host's (range, direction, scale), its y axis on the right.
 */
final class Twins {
  private Twins() {
  }

  /** Styles a new twin's plot: drawn over its host's, adding only its data and its right axis. */
  static void style(XYPlot twin) {
    twin.setNotify(false);
    try {
      twin.setBackgroundPaint(null); // the host's white shows through
      twin.setOutlineVisible(false); // the host draws the frame
      twin.getDomainAxis().setVisible(false);
      twin.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    } finally {
      twin.setNotify(true);
    }
  }

  /** Gives the twin's hidden x axis the host's scale, direction and (autoscaled or set) range. */
  static void followX(XYPlot twin, XYPlot host) {
    ValueAxis from = host.getDomainAxis();
    ValueAxis to = twin.getDomainAxis();
    if ((from instanceof LogAxis) != (to instanceof LogAxis)) {
      to = Scales.scaled("x", to, from instanceof LogAxis ? "log" : "linear", true);
      to.setVisible(false);
      twin.setDomainAxis(0, to, false);
    }
    if (to.isInverted() != from.isInverted()) {
      to.setInverted(from.isInverted());
    }
    to.setRange(from.getRange(), true, false);
  }
}
