package dev.chartserve.figure;

import java.awt.geom.Rectangle2D;

import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** Where one draw of an axes puts data coordinates: data → Java2D (points) on the data area. */
final class View {
  final Rectangle2D area;
  private final ValueAxis xAxis;
  private final ValueAxis yAxis;
  private final RectangleEdge xEdge;
  private final RectangleEdge yEdge;

  View(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
    this.area = area;
    this.xAxis = xAxis;
    this.yAxis = yAxis;
    this.xEdge = plot.getDomainAxisEdge();
    this.yEdge = plot.getRangeAxisEdge();
  }

  double x(double value) {
    return xAxis.valueToJava2D(value, area, xEdge);
  }

  double y(double value) {
    return yAxis.valueToJava2D(value, area, yEdge);
  }
}
