package dev.chartserve.figure;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntToDoubleFunction;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
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

  private final AxisMap xMap;
  private final AxisMap yMap;

  View(XYPlot plot, Rectangle2D area, ValueAxis xAxis, ValueAxis yAxis) {
    this.area = area;
    this.xAxis = xAxis;
    this.yAxis = yAxis;
    this.xEdge = plot.getDomainAxisEdge();
    this.yEdge = plot.getRangeAxisEdge();
    this.xMap = AxisMap.of(xAxis, area, xEdge);
    this.yMap = AxisMap.of(yAxis, area, yEdge);
  }

  /** The smallest side of a point's image-map square, in points: big enough to hit with a pointer. */
  static final double MIN_HOTSPOT = 6;

  /**
   * A square of side {@code size} (at least {@link #MIN_HOTSPOT}) at each of the {@code n} finite
   * points inside the area, but one per half hotspot: a million points make no million areas.
   */
  List<Shape> pointHotspots(int n, IntToDoubleFunction xs, IntToDoubleFunction ys, double size) {
    double side = Math.max(size, MIN_HOTSPOT);
    double cell = MIN_HOTSPOT / 2;
    List<Shape> squares = new ArrayList<>();
    Set<Long> taken = new HashSet<>();
    for (int i = 0; i < n; i++) {
      double px = x(xs.applyAsDouble(i));
      double py = y(ys.applyAsDouble(i));
      if (Double.isFinite(px) && Double.isFinite(py) && area.contains(px, py)) {
        long key = (long) Math.floor((px - area.getMinX()) / cell) << 32
            | (long) Math.floor((py - area.getMinY()) / cell);
        if (taken.add(key)) {
          squares.add(new Rectangle2D.Double(px - side / 2, py - side / 2, side, side));
        }
      }
    }
    return squares;
  }

  double x(double value) {
    return xMap != null ? xMap.apply(value) : xAxis.valueToJava2D(value, area, xEdge);
  }

  double y(double value) {
    return yMap != null ? yMap.apply(value) : yAxis.valueToJava2D(value, area, yEdge);
  }

  /**
   * An axis's {@code valueToJava2D} for one drawing, its range and edge read once: the same
   * arithmetic as JFreeChart's {@link NumberAxis} and {@link LogAxis} (so the same doubles), without
   * their lookups per point. Null for other axes, which are asked point by point.
   */
  private static final class AxisMap {
    private final double axisMin;
    private final double axisSpan;
    private final double start; // JFreeChart's min, or max when inverted
    private final double length; // JFreeChart's (max - min), negated when inverted
    private final boolean inverted;
    private final double baseLog; // 0: linear

    private AxisMap(double axisMin, double axisMax, double min, double max, boolean inverted,
        double baseLog) {
      this.axisMin = axisMin;
      this.axisSpan = axisMax - axisMin;
      this.inverted = inverted;
      this.start = inverted ? max : min;
      this.length = max - min;
      this.baseLog = baseLog;
    }

    static AxisMap of(ValueAxis axis, Rectangle2D area, RectangleEdge edge) {
      double min;
      double max;
      if (RectangleEdge.isTopOrBottom(edge)) {
        min = area.getX();
        max = area.getMaxX();
      } else if (RectangleEdge.isLeftOrRight(edge)) {
        max = area.getMinY();
        min = area.getMaxY();
      } else {
        return null;
      }
      Class<?> kind = axis.getClass();
      if (kind == LogAxis.class) {
        LogAxis log = (LogAxis) axis;
        double baseLog = Math.log(log.getBase());
        return new AxisMap(Math.log(axis.getLowerBound()) / baseLog,
            Math.log(axis.getUpperBound()) / baseLog, min, max, axis.isInverted(), baseLog);
      }
      if (axis instanceof NumberAxis && isPlainNumberAxis(kind)) {
        return new AxisMap(axis.getLowerBound(), axis.getUpperBound(), min, max, axis.isInverted(), 0);
      }
      return null;
    }

    /** NumberAxis itself or ours, whose valueToJava2D is NumberAxis's. */
    private static boolean isPlainNumberAxis(Class<?> kind) {
      return kind == NumberAxis.class
          || kind == dev.chartserve.figure.internal.axis.AutoAxis.class;
    }

    double apply(double value) {
      double v = baseLog == 0 ? value : Math.log(value) / baseLog;
      return inverted ? start - ((v - axisMin) / axisSpan) * length
          : start + ((v - axisMin) / axisSpan) * length;
    }
  }
}
