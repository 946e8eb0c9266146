package dev.chartserve.figure.internal.axis;

import java.time.Instant;

/**
 * Time as an axis value: days (fractional) since 1970-01-01T00:00Z, as matplotlib's
 * {@code date2num} with its default epoch. Instants round-trip to the microsecond over several
 * centuries either side of the epoch.
 */
public final class EpochDays {
  private static final double SECONDS_PER_DAY = 86_400;

  private EpochDays() {
  }

  /** {@code t} as days since the epoch. */
  public static double of(Instant t) {
    return (t.getEpochSecond() + t.getNano() / 1e9) / SECONDS_PER_DAY;
  }

  /** The instant {@code days} after the epoch, rounded to the microsecond. */
  public static Instant toInstant(double days) {
    double seconds = days * SECONDS_PER_DAY;
    long whole = (long) Math.floor(seconds);
    long micros = Math.round((seconds - whole) * 1e6);
    return Instant.ofEpochSecond(whole, micros * 1000);
  }
}
