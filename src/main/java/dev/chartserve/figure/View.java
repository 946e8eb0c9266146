package dev.chartserve.figure;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

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

  /** The smallest side of a point's image-map square, in points: big enough to hit with a pointer. */
  static final double MIN_HOTSPOT = 6;

  /** A square of side {@code size} (at least {@link #MIN_HOTSPOT}) at each finite point inside the area. */
  List<Shape> pointHotspots(double[] xs, double[] ys, double size) {
    double side = Math.max(size, MIN_HOTSPOT);
    List<Shape> squares = new ArrayList<>();
    for (int i = 0; i < xs.length; i++) {
      if (Double.isFinite(xs[i]) && Double.isFinite(ys[i])) {
        double px = x(xs[i]);
        double py = y(ys[i]);
        if (area.contains(px, py)) {
          squares.add(new Rectangle2D.Double(px - side / 2, py - side / 2, side, side));
        }
      }
    }
    return squares;
  }

  double x(double value) {
    return xAxis.valueToJava2D(value, area, xEdge);
  }

  double y(double value) {
    return yAxis.valueToJava2D(value, area, yEdge);
  }
}
