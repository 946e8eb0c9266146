package dev.chartserve.figure;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jfree.chart.plot.XYPlot;

import dev.chartserve.figure.internal.image.EqualAspect;
import dev.chartserve.figure.internal.image.PieAnnotation;
import dev.chartserve.figure.internal.image.PlotLayers;

/**
 * The wedges of a pie chart, as matplotlib's {@code pie}: what {@link Axes#pie} draws and returns.
 * Wedges of radius 1 around (0, 0), each the value's share of the total, counter-clockwise from
 * 3 o'clock by default; labels outside at 1.1 radii (left-aligned on the right half, right-aligned
 * on the left); percentages, if asked for, inside at 0.6 radii.
 *
 * <p>Like matplotlib's, the pie takes the axes over: both axes show -1.25 to 1.25 with an equal
 * aspect (a circle), and the axis lines, ticks, outline and gridlines are hidden. Text uses the font
 * of the x axis's tick labels.
 *
 * <p>A read-only result, immutable once made, so it may be read from any thread; making it draws on
 * its axes, which are not thread-safe.
 */
public final class PieWedges {
  private final double[] starts;
  private final double[] extents;
  private final Color[] colors;

  private PieWedges(double[] starts, double[] extents, Color[] colors) {
    this.starts = starts;
    this.extents = extents;
    this.colors = colors;
  }

  /**
   * Draws a pie of {@code values} on {@code plot}, with {@code labels} (one per value, or an empty
   * list for none).
   *
   * @throws IllegalArgumentException if a value is negative or not finite, all are 0, or the labels
   *     do not match the values
   */
  static PieWedges pie(XYPlot plot, double[] values, List<String> labels,
      PieOptions options) {
    Objects.requireNonNull(plot, "plot");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(labels, "labels");
    Objects.requireNonNull(options, "options");
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      if (!(values[i] >= 0) || Double.isInfinite(values[i])) {
        throw new IllegalArgumentException(
            "values must be finite and >= 0, was " + values[i] + " at index " + i);
      }
      sum += values[i];
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException("values must not all be 0");
    }
    if (!labels.isEmpty() && labels.size() != values.length) {
      throw new IllegalArgumentException("labels must be one per value (" + values.length
          + ") or none, was " + labels.size());
    }
    int n = values.length;
    double[] starts = new double[n];
    double[] extents = new double[n];
    Color[] colors = new Color[n];
    String[] outer = new String[n];
    String[] inner = new String[n];
    double angle = options.startAngle();
    double direction = options.counterclock() ? 1 : -1;
    for (int i = 0; i < n; i++) {
      double frac = values[i] / sum;
      starts[i] = angle;
      extents[i] = direction * 360 * frac;
      angle += extents[i];
      colors[i] = options.colors().get(i % options.colors().size());
      outer[i] = labels.isEmpty() ? null : Objects.requireNonNull(labels.get(i), "labels[" + i + "]");
      double percent = 100 * frac;
      inner[i] = options.autopct().map(f -> String.format(Locale.ROOT, f, percent)).orElse(null);
    }
    PieAnnotation a = new PieAnnotation(starts, extents, colors, outer, inner);
    PlotLayers.addForeground(plot, a);
    plot.getDomainAxis().setRange(-1.25, 1.25);
    plot.getRangeAxis().setRange(-1.25, 1.25);
    plot.getDomainAxis().setVisible(false);
    plot.getRangeAxis().setVisible(false);
    plot.setOutlineVisible(false);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    EqualAspect.install(plot);
    return new PieWedges(starts, extents, colors);
  }

  /** Where wedge {@code i} starts, in degrees counter-clockwise from 3 o'clock. */
  public double startAngle(int i) {
    return starts[i];
  }

  /** The angle wedge {@code i} spans, in degrees; negative when running clockwise. */
  public double extent(int i) {
    return extents[i];
  }

  /** The colour of wedge {@code i}. */
  public Color color(int i) {
    return colors[i];
  }
}
