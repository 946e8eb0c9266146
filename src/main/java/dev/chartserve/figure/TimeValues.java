package dev.chartserve.figure;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import dev.chartserve.figure.internal.axis.EpochDays;

/**
 * Times given to {@link Axes} as x values: days since 1970-01-01T00:00Z (matplotlib's
 * {@code date2num}); local dates (at their midnight) and local date-times read in a zone.
 */
final class TimeValues {
  private TimeValues() {
  }

  static double[] days(Instant[] x) {
    Objects.requireNonNull(x, "x");
    double[] days = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      days[i] = EpochDays.of(element(x, i));
    }
    return days;
  }

  static double[] days(ZonedDateTime[] x) {
    Objects.requireNonNull(x, "x");
    double[] days = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      days[i] = EpochDays.of(element(x, i).toInstant());
    }
    return days;
  }

  static double[] days(LocalDateTime[] x, ZoneId zone) {
    Objects.requireNonNull(x, "x");
    double[] days = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      days[i] = EpochDays.of(element(x, i).atZone(zone).toInstant());
    }
    return days;
  }

  static double[] days(LocalDate[] x, ZoneId zone) {
    Objects.requireNonNull(x, "x");
    double[] days = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      days[i] = EpochDays.of(element(x, i).atStartOfDay(zone).toInstant());
    }
    return days;
  }

  private static <T> T element(T[] x, int i) {
    return Objects.requireNonNull(x[i], () -> "x[" + i + "]");
  }
}
