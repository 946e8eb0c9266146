package dev.chartserve.figure.internal.axis;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.Tick;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A linear axis that autoscales and ticks like matplotlib: limits are the data limits plus a
 * margin (5 % by default) on each side, held back at sticky edges; ticks come from {@link Ticks},
 * or from values set with {@link #setFixedTicks}.
 *
 * <p>Not thread-safe; belongs to one plot.
 */
public final class AutoAxis extends NumberAxis {
  private static final long serialVersionUID = 1L;

  private final boolean horizontal;
  private double margin = 0.05;
  private double[] fixedTicks;
  private String[] fixedLabels;
  private transient int exponent; // of the labels' common factor, found with the ticks
  private transient TimeTicks time; // null: a numeric axis
  private transient String offset = ""; // a time axis's offset text, found with the ticks
  private transient double tickLabelsEnd; // where the tick labels ended, in the last drawing

  /** @param horizontal true for an x axis (ticks spaced for wider labels) */
  public AutoAxis(String label, boolean horizontal) {
    super(label);
    this.horizontal = horizontal;
    setAutoRangeIncludesZero(false);
    setAutoRangeStickyZero(false);
    setLowerMargin(0);
    setUpperMargin(0);
  }

  /** The fraction of the data span added on each side when autoscaling. */
  public void setMargin(double margin) {
    this.margin = margin;
  }

  /** Ticks at {@code values}, labelled {@code labels} (or formatted values if null); null for auto. */
  public void setFixedTicks(double[] values, String[] labels) {
    this.fixedTicks = values == null ? null : values.clone();
    this.fixedLabels = labels == null ? null : labels.clone();
    fireChangeEvent();
  }

  /** Makes this a time axis ticked and labelled by {@code time}; null for a numeric axis. */
  public void setTime(TimeTicks time) {
    this.time = time;
    fireChangeEvent();
  }

  /** What makes this a time axis, or null for a numeric axis. */
  public TimeTicks time() {
    return time;
  }

  @Override
  protected void autoAdjustRange() {
    Plot plot = getPlot();
    if (!(plot instanceof XYPlot xy)) {
      return;
    }
    Range data = xy.getDataRange(this);
    if (data == null) {
      setRange(new Range(0, 1), false, false); // an empty axes shows 0..1, as matplotlib
      return;
    }
    double lo = data.getLowerBound();
    double hi = data.getUpperBound();
    if (lo == hi) {
      double d = lo == 0 ? 0.05 : Math.abs(lo) * 0.05;
      setRange(new Range(lo - d, hi + d), false, false);
      return;
    }
    double d = (hi - lo) * margin;
    double newLo = lo - d;
    double newHi = hi + d;
    for (double s : sticky(xy)) {
      if (s <= lo && s > newLo) {
        newLo = s;
      }
      if (s >= hi && s < newHi) {
        newHi = s;
      }
    }
    setRange(new Range(newLo, newHi), false, false);
  }

  private List<Double> sticky(XYPlot plot) {
    List<Double> values = new ArrayList<>();
    boolean isDomain = plot.getDomainAxisIndex(this) >= 0;
    for (XYAnnotation a : plot.getAnnotations()) {
      if (a instanceof StickyEdges s) {
        for (double v : isDomain ? s.stickyX() : s.stickyY()) {
          values.add(v);
        }
      }
    }
    return values;
  }

  /** Draws the axis, then the labels' common factor ("1e6") at its end, as matplotlib. */
  @Override
  public AxisState draw(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea,
      RectangleEdge edge, PlotRenderingInfo info) {
    AxisState state = super.draw(g2, cursor, plotArea, dataArea, edge, info);
    if (time != null) {
      drawOffset(g2, dataArea, edge);
      return state;
    }
    if (exponent != 0 && isVisible() && isTickLabelsVisible()) {
      String text = Ticks.minus("1e" + exponent);
      g2.setFont(getTickLabelFont());
      g2.setPaint(getTickLabelPaint());
      java.awt.FontMetrics fm = g2.getFontMetrics();
      if (RectangleEdge.isLeftOrRight(edge)) {
        // above the top of the axis, left-aligned with the data area
        g2.drawString(text, (float) dataArea.getMinX(), (float) (dataArea.getMinY() - fm.getDescent() - 2));
      } else {
        // under the right end of the tick labels
        float x = (float) (dataArea.getMaxX() - fm.stringWidth(text));
        g2.drawString(text, x, (float) (state.getCursor() + fm.getAscent()));
      }
    }
    return state;
  }

  @Override
  protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
      Rectangle2D dataArea, RectangleEdge edge) {
    AxisState state = super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge);
    tickLabelsEnd = state.getCursor();
    return state;
  }

  /** A time axis's offset text: right-aligned at the end, 3 pt beyond the tick labels. */
  private void drawOffset(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
    if (offset.isEmpty() || !isVisible() || !isTickLabelsVisible()) {
      return;
    }
    g2.setFont(getTickLabelFont());
    g2.setPaint(getTickLabelPaint());
    java.awt.FontMetrics fm = g2.getFontMetrics();
    if (RectangleEdge.isLeftOrRight(edge)) {
      g2.drawString(offset, (float) dataArea.getMinX(), (float) (dataArea.getMinY() - fm.getDescent() - 2));
    } else {
      float x = (float) (dataArea.getMaxX() - fm.stringWidth(offset));
      double pad = 3;
      float y = (float) (edge == RectangleEdge.BOTTOM ? tickLabelsEnd + pad + fm.getAscent()
          : tickLabelsEnd - pad - fm.getDescent());
      g2.drawString(offset, x, y);
    }
  }

  @Override
  public List<? extends Tick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea,
      RectangleEdge edge) {
    double lo = getLowerBound();
    double hi = getUpperBound();
    double[] values;
    String[] labels;
    exponent = 0;
    offset = "";
    if (time != null) {
      values = fixedTicks != null ? fixedTicks : time.locate(lo, hi);
      ConciseDates.Labels concise = time.labels(values);
      labels = fixedTicks != null && fixedLabels != null ? fixedLabels : concise.labels();
      offset = fixedTicks != null ? "" : concise.offset();
    } else if (fixedTicks != null) {
      values = fixedTicks;
      labels = fixedLabels != null ? fixedLabels : Ticks.format(values);
    } else {
      double length = RectangleEdge.isTopOrBottom(edge) ? dataArea.getWidth() : dataArea.getHeight();
      double size = getTickLabelFont().getSize2D() * (horizontal ? 3 : 2);
      values = Ticks.locate(lo, hi, (int) Math.floor(length / size));
      exponent = Ticks.scientificExponent(values);
      labels = Ticks.format(values, exponent);
    }
    TextAnchor anchor = edge == RectangleEdge.BOTTOM ? TextAnchor.TOP_CENTER
        : edge == RectangleEdge.TOP ? TextAnchor.BOTTOM_CENTER
        : edge == RectangleEdge.LEFT ? TextAnchor.CENTER_RIGHT
        : TextAnchor.CENTER_LEFT;
    double tol = (hi - lo) * 1e-9;
    List<Tick> ticks = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (values[i] >= lo - tol && values[i] <= hi + tol) {
        String label = i < labels.length ? labels[i] : "";
        ticks.add(new NumberTick(values[i], label, anchor, anchor, 0));
      }
    }
    return ticks;
  }
}
