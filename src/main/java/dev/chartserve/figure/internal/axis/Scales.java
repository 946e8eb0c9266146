package dev.chartserve.figure.internal.axis;

import java.util.List;
import java.util.Objects;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

import dev.chartserve.figure.internal.style.Theme;

/** Limits, scales and fixed ticks of an axes' x or y axis, checked with messages naming the axis. */
public final class Scales {
  private Scales() {
  }

  /** Fixes the limits of {@code axis}; {@code lo > hi} turns it around. */
  public static void limits(String axisName, ValueAxis axis, double lo, double hi) {
    if (!Double.isFinite(lo) || !Double.isFinite(hi) || lo == hi) {
      throw new IllegalArgumentException(axisName + " limits must be finite and different, were "
          + lo + " and " + hi);
    }
    if (axis instanceof LogAxis && (lo <= 0 || hi <= 0)) {
      throw new IllegalArgumentException(axisName + " limits of a log axis must be > 0, were "
          + lo + " and " + hi);
    }
    axis.setInverted(lo > hi);
    axis.setRange(Math.min(lo, hi), Math.max(lo, hi));
  }

  /** A new axis for {@code scale} ("linear" or "log"), keeping the label and set limits. */
  public static ValueAxis scaled(String axisName, ValueAxis old, String scale, boolean horizontal) {
    Objects.requireNonNull(scale, "scale");
    ValueAxis axis = switch (scale) {
      case "linear" -> new AutoAxis(old.getLabel(), horizontal);
      case "log" -> {
        LogAxis log = new LogAxis(old.getLabel());
        log.setBase(10);
        log.setStandardTickUnits(NumberAxis.createIntegerTickUnits()); // ticks at whole powers
        log.setLowerMargin(0.05);
        log.setUpperMargin(0.05);
        yield log;
      }
      default -> throw new IllegalArgumentException(
          axisName + " scale must be \"linear\" or \"log\", was \"" + scale + "\"");
    };
    Theme.style(axis);
    if (axis instanceof AutoAxis auto && old instanceof AutoAxis was) {
      auto.setTime(was.time()); // a time axis stays one
    }
    if (!old.isAutoRange() && !(scale.equals("log") && old.getLowerBound() <= 0)) {
      axis.setRange(old.getRange());
      axis.setInverted(old.isInverted());
    }
    return axis;
  }

  /** Puts the ticks of {@code axis} at {@code ticks}, with {@code labels} if not null. */
  public static void fixTicks(String axisName, ValueAxis axis, double[] ticks, List<String> labels) {
    Objects.requireNonNull(ticks, "ticks");
    if (labels != null && labels.size() != ticks.length) {
      throw new IllegalArgumentException(axisName + " tick labels must be one per tick ("
          + ticks.length + "), were " + labels.size());
    }
    if (!(axis instanceof AutoAxis auto)) {
      throw new IllegalStateException(axisName + " ticks can only be set on a linear axis");
    }
    auto.setFixedTicks(ticks.clone(), labels == null ? null : labels.toArray(new String[0]));
  }
}
