package dev.chartserve.figure.internal.axis;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What makes an {@link AutoAxis} a time axis: its values are {@link EpochDays}, its ticks come
 * from {@link DateTicks} and its labels from {@link ConciseDates}, or from a fixed
 * {@link DateTimeFormatter} pattern (then without an offset text), all in the zone and locale of
 * its figure, read when the axis is drawn.
 *
 * <p>Not thread-safe; belongs to one axis.
 */
public final class TimeTicks {
  private final Supplier<ZoneId> zone;
  private final Supplier<Locale> locale;
  private String pattern; // null: concise labels

  public TimeTicks(Supplier<ZoneId> zone, Supplier<Locale> locale) {
    this.zone = Objects.requireNonNull(zone, "zone");
    this.locale = Objects.requireNonNull(locale, "locale");
  }

  /**
   * Labels every tick with {@code pattern} (a {@link DateTimeFormatter} pattern); null for the
   * concise labels.
   *
   * @throws IllegalArgumentException naming {@code axisName} if the pattern is not valid
   */
  public void setPattern(String axisName, String pattern) {
    if (pattern != null) {
      try {
        DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(axisName + " date format must be a DateTimeFormatter"
            + " pattern, was \"" + pattern + "\": " + e.getMessage(), e);
      }
    }
    this.pattern = pattern;
  }

  /** The pattern set with {@link #setPattern}, or null. */
  public String pattern() {
    return pattern;
  }

  /** The ticks (epoch days) within {@code [lo, hi]}. */
  public double[] locate(double lo, double hi) {
    return DateTicks.locate(lo, hi, zone.get());
  }

  /** The labels of {@code ticks} (epoch days) and the offset text. */
  public ConciseDates.Labels labels(double[] ticks) {
    if (pattern == null) {
      return ConciseDates.format(ticks, zone.get(), locale.get());
    }
    DateTimeFormatter f = DateTimeFormatter.ofPattern(pattern, locale.get()).withZone(zone.get());
    String[] labels = new String[ticks.length];
    for (int i = 0; i < ticks.length; i++) {
      labels[i] = f.format(EpochDays.toInstant(ticks[i]));
    }
    return new ConciseDates.Labels(labels, "");
  }
}
